/**
 * The one JSON encoding of non-finite numbers in evalgate's outputs (results.json, `score --json`):
 * NaN (a figure undefined on the data) is `null`; +∞ and −∞ are the strings `"Infinity"` and
 * `"-Infinity"` (what JavaScript's `Number()` and Python's `float()` read back), so −∞ (e.g.
 * `balanced_accuracy.adjusted` with one true class) is not mistaken for NaN. A `JSON.stringify`
 * replacer. O(1).
 * @example JSON.stringify([NaN, -Infinity, 1], encodeNonFinite) // '[null,"-Infinity",1]'
 */
export function encodeNonFinite(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return null;
  return value > 0 ? 'Infinity' : '-Infinity';
}

/**
 * A number as {@link encodeNonFinite} wrote it: null → NaN, "Infinity"/"-Infinity" → ±∞, a number
 * as it is; anything else NaN. O(1).
 * @example decodeNonFinite('-Infinity') // -Infinity
 */
export function decodeNonFinite(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  return NaN;
}
