import type { Results } from './results.js';

/**
 * Serialises results deterministically: insertion-ordered keys, 2-space indent, NaN and ±Infinity
 * written as null (JSON has no such numbers), a final newline. Same results → same bytes.
 */
export function resultsJson(results: Results): string {
  return `${JSON.stringify(results, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
