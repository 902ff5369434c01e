import type { Label } from './types.js';
import { compareCodePoints } from '../stats/compareCodePoints.js';

/** scikit-learn's message (without its "; Got ..." detail) for labels mixing strings and numbers. */
export const MIX_OF_LABEL_TYPES = 'Mix of label input types (string and number)';

export { compareCodePoints } from '../stats/compareCodePoints.js';

/**
 * Orders two labels of the same kind as numpy sorts them: numbers ascending with NaN last,
 * strings by code point. Throws the sklearn "Mix of label input types" message for a string
 * against a number.
 *
 * @example compareLabels(2, 10) // -1
 */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a === b) return 0;
    return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  }
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  throw new Error(MIX_OF_LABEL_TYPES);
}

/**
 * The distinct labels, sorted as `np.unique` sorts them (numbers numerically with NaN last and
 * -0 equal to 0; strings by code point). Matches `sklearn.utils.multiclass.unique_labels` for
 * one kind of label. O(n + k log k) for k distinct labels.
 * Throws "Mix of label input types (string and number)" when strings and numbers are mixed.
 *
 * @example sortLabels(['b', 'a', 'b']) // ['a', 'b']
 */
export function sortLabels(labels: Iterable<Label>): Label[] {
  const seen = new Set<Label>();
  let strings = false;
  let numbers = false;
  for (const l of labels) {
    if (seen.has(l)) continue;
    if (typeof l === 'string') strings = true;
    else if (typeof l === 'number') numbers = true;
    else throw new Error(`Labels must be strings or numbers, got ${typeof l}`);
    seen.add(l);
  }
  if (strings && numbers) throw new Error(MIX_OF_LABEL_TYPES);
  const out = [...seen];
  return numbers ? out.sort(compareLabels) : out.sort((a, b) => compareCodePoints(a as string, b as string));
}
