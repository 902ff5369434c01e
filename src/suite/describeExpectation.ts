import type { ExpectationSpec } from './types.js';

/**
 * How an expectation reads in results.json, the report and messages.
 * @example describeExpectation({ kind: 'directional', direction: 'down', minChange: 0 }) // 'probability of the expected label falls'
 */
export function describeExpectation(e: ExpectationSpec): string {
  switch (e.kind) {
    case 'invariant': return e.tolerance === undefined ? 'invariant' : `invariant (probability within ${e.tolerance})`;
    case 'label': return e.label === undefined ? 'expected label' : `label ${String(e.label)}`;
    case 'directional': return `probability of ${e.label === undefined ? 'the expected label' : String(e.label)} ${e.direction === 'up' ? 'rises' : 'falls'}${e.minChange > 0 ? ` by more than ${e.minChange}` : ''}`;
    case 'custom': return `custom ${e.path}`;
  }
}
