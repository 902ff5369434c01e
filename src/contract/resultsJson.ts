import type { Results } from './results.js';
import { encodeNonFinite } from './nonFiniteJson.js';

/**
 * Serialises results deterministically: insertion-ordered keys, 2-space indent, NaN written as
 * null and ±Infinity as "Infinity"/"-Infinity" (JSON has no such numbers; encodeNonFinite), a final
 * newline. Same results → same bytes.
 */
export function resultsJson(results: Results): string {
  return `${JSON.stringify(results, encodeNonFinite, 2)}\n`;
}
