import type { Label } from '../../metrics/types.js';

function scalarKey(label: Label): string {
  // A type tag keeps the number 1 and the string "1" apart; String(-0) is "0", so -0 equals 0.
  return typeof label === 'number' ? `n${String(label)}` : `s${label}`;
}

/**
 * A string identifying a label as a set of labels: a scalar is the one-element set, an array the
 * set of its elements (order and repeats ignored). Numbers and strings stay distinct (1 ≠ "1").
 * Cost O(k log k) for k labels. Throws nothing.
 * @example labelSetKey(['b', 'a', 'b']) === labelSetKey(['a', 'b']) // true
 */
export function labelSetKey(label: Label | readonly Label[]): string {
  if (!Array.isArray(label)) return JSON.stringify([scalarKey(label as Label)]);
  return JSON.stringify([...new Set((label as readonly Label[]).map(scalarKey))].sort());
}
