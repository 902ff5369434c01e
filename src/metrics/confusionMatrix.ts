import { checkTargets } from './checkTargets.js';
import type { LabelInput } from './typeOfTarget.js';
import type { Label, MetricWarning } from './types.js';

/** A confusion matrix: `matrix[i][j]` = (weighted) count of samples with true `labels[i]` predicted as `labels[j]`. */
export interface ConfusionMatrix {
  labels: Label[];
  matrix: number[][];
}

export interface ConfusionMatrixOptions {
  /** Labels indexing the matrix, in this order (default: sorted union of both inputs). */
  labels?: readonly Label[] | null;
  sampleWeight?: ArrayLike<number> | null;
}

/** Warning code of sklearn's 1×1 confusion-matrix `UserWarning`. */
export const SINGLE_LABEL = 'single-label';

/** sklearn's warning for a 1×1 confusion matrix. */
export const SINGLE_LABEL_WARNING: MetricWarning = {
  code: SINGLE_LABEL,
  message:
    "A single label was found in 'y_true' and 'y_pred'. For the confusion matrix to have the correct shape, " +
    "use the 'labels' parameter to pass all known labels.",
};

/**
 * The confusion matrix of single-label targets, as `sklearn.metrics.confusion_matrix` (1.9):
 * rows = true, columns = predicted, in `labels` order (default: the sorted union). Samples whose
 * true or predicted label is not in `labels` are ignored. Weighted cells accumulate in sample
 * order. O(n + K²). `warnings` holds sklearn's 1×1 warning when the matrix has a single label.
 * Throws for multilabel input ("multilabel-indicator is not supported"), for an empty `labels`
 * ("'labels' should contain at least one label.") and when no label of `labels` occurs in
 * y_true ("At least one label specified must be in y_true"), plus the target checks.
 *
 * @example confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]).matrix // [[2, 0, 0], [0, 0, 1], [1, 0, 2]]
 */
export function confusionMatrix(
  yTrue: LabelInput,
  yPred: LabelInput,
  opts: ConfusionMatrixOptions = {},
): ConfusionMatrix & { warnings: MetricWarning[] } {
  const t = checkTargets(yTrue, yPred, { sampleWeight: opts.sampleWeight, multilabelFormat: 'indicator' });
  if (t.type === 'multilabel-indicator') throw new Error('multilabel-indicator is not supported');
  const present = t.labels;
  let labels: Label[] = present;
  // code → row/column in the output, or -1 when the label is not requested.
  let slot: Int32Array;
  if (opts.labels == null) {
    slot = Int32Array.from(present, (_, i) => i);
  } else {
    labels = opts.labels.slice();
    if (labels.length === 0) throw new Error("'labels' should contain at least one label.");
    const where = new Map<Label, number>();
    labels.forEach((l, i) => where.set(l, i)); // a repeated label keeps its last position, as in sklearn
    slot = Int32Array.from(present, (l) => where.get(l) ?? -1);
    const trueSeen = new Uint8Array(present.length);
    for (let i = 0; i < t.yTrue.length; i++) trueSeen[t.yTrue[i]] = 1;
    if (!present.some((_, c) => trueSeen[c] === 1 && slot[c] >= 0)) {
      throw new Error('At least one label specified must be in y_true');
    }
  }
  const k = labels.length;
  const flat = new Float64Array(k * k);
  const w = t.sampleWeight;
  for (let i = 0; i < t.yTrue.length; i++) {
    const a = slot[t.yTrue[i]];
    const b = slot[t.yPred[i]];
    if (a < 0 || b < 0) continue;
    flat[a * k + b] += w === null ? 1 : w[i];
  }
  const matrix: number[][] = [];
  for (let i = 0; i < k; i++) matrix.push(Array.from(flat.subarray(i * k, i * k + k)));
  return { labels, matrix, warnings: k === 1 ? [SINGLE_LABEL_WARNING] : [] };
}
