import { sortLabels } from './sortLabels.js';
import type { Label } from './types.js';

/**
 * Puts class-probability columns named by `classes` (any order, e.g. a user's `--classes b,a,c`)
 * into sorted-label order, the order scikit-learn's probability metrics read them in (its
 * `labels` must be sorted; the columns follow them). Rows are copied only when the order
 * changes. O(n·K) then, O(K log K) otherwise. Throws when `classes` repeats a class or mixes
 * strings and numbers.
 * @example sortProbabilityColumns([[0.8, 0.2]], ['b', 'a']) // { classes: ['a', 'b'], probs: [[0.2, 0.8]] }
 */
export function sortProbabilityColumns(probs: readonly (readonly number[])[], classes: readonly Label[]): { classes: Label[]; probs: number[][] } {
  const sorted = sortLabels(classes);
  if (sorted.length !== classes.length) throw new Error(`the classes repeat a class: ${classes.map((c) => JSON.stringify(c)).join(', ')}`);
  const from = sorted.map((c) => classes.indexOf(c));
  if (from.every((j, i) => j === i)) return { classes: sorted, probs: probs as number[][] };
  return { classes: sorted, probs: probs.map((row) => from.map((j) => row[j])) };
}
