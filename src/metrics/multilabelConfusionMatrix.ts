import { checkTargets } from './checkTargets.js';
import { multilabelColumns, multilabelCounts, singleLabelCounts, type LabelCounts } from './labelCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { LabelInput, MultilabelFormat } from './typeOfTarget.js';
import type { Label } from './types.js';

export interface MultilabelConfusionMatrixOptions {
  sampleWeight?: ArrayLike<number> | null;
  /** Labels (column indices for indicator rows, label values otherwise) to report, in order. */
  labels?: readonly Label[] | null;
  /** One 2×2 matrix per sample instead of per label (multilabel targets only). */
  samplewise?: boolean;
  multilabelFormat?: MultilabelFormat;
}

/**
 * One 2×2 matrix `[[tn, fp], [fn, tp]]` per label (or per sample), as
 * `sklearn.metrics.multilabel_confusion_matrix` (1.9): multiclass targets are binarized one
 * versus rest; labels default to the sorted union (columns for indicator rows); requested labels
 * absent from the data get tp = fp = fn = 0. Shape [n_labels][2][2]. O(n + K) single-label,
 * O(n·L) multilabel.
 * Throws "Samplewise metrics are not available outside of multilabel classification.", sklearn's
 * "All labels must be in [0, n labels) ..." for bad indicator columns, and the target checks.
 *
 * @example multilabelConfusionMatrix([[1, 0], [0, 1]], [[1, 1], [0, 1]]) // [[[1, 0], [0, 1]], [[0, 1], [0, 1]]]
 */
export function multilabelConfusionMatrix(
  yTrue: LabelInput,
  yPred: LabelInput,
  opts: MultilabelConfusionMatrixOptions = {},
): number[][][] {
  const labels = opts.labels ?? null;
  const samplewise = opts.samplewise ?? false;
  const t = checkTargets(yTrue, yPred, {
    sampleWeight: opts.sampleWeight,
    multilabelFormat: opts.multilabelFormat,
    extraLabels: labels,
  });
  let counts: LabelCounts;
  let perSample: number;
  if (t.type === 'multilabel-indicator') {
    const cols = multilabelColumns(t, labels);
    counts = multilabelCounts(t, cols, samplewise);
    perSample = cols.length;
  } else {
    if (samplewise) throw new Error('Samplewise metrics are not available outside of multilabel classification.');
    counts = singleLabelCounts(t, labels);
    perSample = 0;
  }
  const w = t.sampleWeight;
  const n = t.type === 'multilabel-indicator' ? t.nSamples : t.yTrue.length;
  const total = w === null ? n : pairwiseSum(w);
  const out: number[][][] = [];
  for (let i = 0; i < counts.tp.length; i++) {
    const tp = counts.tp[i];
    const fp = counts.pred[i] - tp;
    const fn = counts.true[i] - tp;
    let base: number;
    if (samplewise) base = w === null ? perSample : w[i] * perSample;
    else base = total;
    out.push([
      [base - tp - fp - fn, fp],
      [fn, tp],
    ]);
  }
  return out;
}
