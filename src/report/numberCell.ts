import { fmt, sortKey } from '../contract/format.js';

/** A number as a table cell: its text, its sort key and, when it is not defined, why. */
export interface NumberCell {
  text: string;
  sort: string;
  /** Set when the value is NaN or null: the reason the cell reads `n/a`. */
  na?: string;
}

/**
 * A table cell for a figure: the value formatted (up to 4 decimals), or `n/a` with `reason` when it
 * is NaN or null (never the text `NaN`); an absent value (undefined) is `—`. Sorts last when not a
 * number. Example: `numberCell(NaN, 'no failures')` → `{ text: 'n/a', sort: '', na: 'no failures' }`.
 */
export function numberCell(value: number | null | undefined, reason: string): NumberCell {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return { text: 'n/a', sort: '', na: reason };
  return { text: fmt(value), sort: sortKey(value) };
}

const REASONS: [RegExp, string][] = [
  [/(^|\.)mean_edits$/, 'no failures: mean edits averages the edits of the minimal counterexamples, and there are none'],
  [/(^|\.)attack_success_rate$/, 'no tested example was answered correctly before the perturbation, so none could be broken'],
  [/(^|\.)robust_accuracy$/, 'no tested example has an expected label to check'],
  [/(^|\.)failure_rate$/, 'nothing was tested'],
  [/^(roc_auc|average_precision)(\.|$)/, 'needs examples of both the label and the others, with scores'],
  [/^precision(\.|$)/, 'the model never predicted this label'],
  [/^recall(\.|$)/, 'the data has no example of this label'],
  [/^(f1|fbeta)(\.|$)/, 'precision and recall are both undefined'],
];

/**
 * Why a figure can be undefined (NaN), for the `n/a` the report writes in its place; a figure
 * without a known reason gets a general one. Cost O(reasons).
 * Example: `naReason('robustness.typo.mean_edits')` → `'no failures: mean edits averages ...'`.
 */
export function naReason(figure: string): string {
  const name = figure.replace(/^cross-validation\./, '');
  for (const [re, why] of REASONS) if (re.test(name)) return why;
  return 'not defined on this data (e.g. a class with no examples, or nothing to count)';
}

/** The distinct reasons of a view's `n/a` cells, for one note under its table. Example: `naNotes([{ na: 'x' }, { na: 'x' }, {}])` → `['x']`. */
export function naNotes(cells: readonly { na?: string }[]): string[] {
  return [...new Set(cells.flatMap((c) => (c.na ? [c.na] : [])))];
}
