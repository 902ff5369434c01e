import { sortLabels } from '../metrics/sortLabels.js';
import type { Label, MetricWarning } from '../metrics/types.js';
import { InvalidInputError } from '../problem.js';

/**
 * Matches a label written in the suite to the data's labels: exact first, else by text (a suite's
 * `pos_label: 1` against CSV labels, which are strings). Returns undefined when nothing matches.
 */
export function matchLabel(wanted: Label, present: readonly Label[]): Label | undefined {
  if (present.includes(wanted)) return wanted;
  return present.find((l) => String(l) === String(wanted));
}

/** Sorted union of labels; a mix of strings and numbers is a data error naming the file. */
export function sortedLabels(labels: Iterable<Label>, file: string, field: string): Label[] {
  try {
    return sortLabels(labels);
  } catch (e) {
    throw new InvalidInputError([{ code: 'mixed-labels', file, path: [field], message: `${(e as Error).message}: labels must be all strings or all numbers` }]);
  }
}

/**
 * The positive label of a binary target: the suite's `pos_label` (matched by text), else 1 when the
 * labels are {0, 1} or {-1, 1} (scikit-learn's default), else the greater label, with a warning
 * saying which was chosen. A `pos_label` absent from two-label data is an error.
 */
export function resolvePosLabel(
  present: readonly Label[],
  suitePos: Label | undefined,
  ctx: { suiteFile: string; dataFile: string },
  warnings: MetricWarning[],
): Label {
  if (suitePos !== undefined) {
    const m = matchLabel(suitePos, present);
    if (m !== undefined) return m;
    if (present.length >= 2) {
      throw new InvalidInputError([{ code: 'bad-pos-label', file: ctx.suiteFile, path: ['data', 'pos_label'], message: `pos_label ${JSON.stringify(suitePos)} is not a label of ${ctx.dataFile} (labels: ${present.map((l) => JSON.stringify(l)).join(', ')})` }]);
    }
    return suitePos;
  }
  if (present.every((l) => l === 0 || l === 1) || present.every((l) => l === -1 || l === 1)) return 1;
  const chosen = present[present.length - 1];
  warnings.push({ code: 'pos-label-default', message: `data.pos_label is not set: using ${JSON.stringify(chosen)}, the greater of the labels, as the positive label` });
  return chosen;
}
