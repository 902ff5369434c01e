import { checkTargets } from './checkTargets.js';
import type { ConfusionMatrix } from './confusionMatrix.js';
import { denseMatrix } from './matrixCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import { weightedMean } from './accuracy.js';
import type { LabelInput, MultilabelFormat } from './typeOfTarget.js';

export interface HammingLossOptions {
  sampleWeight?: ArrayLike<number> | null;
  multilabelFormat?: MultilabelFormat;
}

/**
 * Hamming loss, as `sklearn.metrics.hamming_loss` (1.9): the (weighted) fraction of wrong labels.
 * Single-label: the fraction of mispredicted samples. Multilabel: differing cells /
 * (n_samples · n_labels · mean weight). O(n) (O(n·L) multilabel). Throws the target checks' messages.
 *
 * @example hammingLoss([[0, 1], [1, 1]], [[0, 0], [0, 0]]) // 0.75
 */
export function hammingLoss(yTrue: LabelInput, yPred: LabelInput, opts: HammingLossOptions = {}): number {
  const t = checkTargets(yTrue, yPred, { sampleWeight: opts.sampleWeight, multilabelFormat: opts.multilabelFormat });
  const w = t.sampleWeight;
  if (t.type === 'multilabel-indicator') {
    const { nSamples: n, nLabels: L } = t;
    const perRow = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let j = i * L; j < i * L + L; j++) if (t.yTrue[j] !== t.yPred[j]) d++;
      perRow[i] = w === null ? d : d * w[i];
    }
    const diffs = pairwiseSum(perRow);
    const weightAverage = w === null ? 1 : pairwiseSum(w) / n;
    return diffs / (n * L * weightAverage);
  }
  const n = t.yTrue.length;
  const wrong = new Uint8Array(n);
  for (let i = 0; i < n; i++) wrong[i] = t.yTrue[i] === t.yPred[i] ? 0 : 1;
  return weightedMean(wrong, w, true);
}

/**
 * Hamming loss of single-label targets from a confusion matrix: off-diagonal total / total.
 * Equals {@link hammingLoss} for unweighted counts. O(K²). NaN for an all-zero matrix.
 *
 * @example hammingLossFromMatrix({ labels: [0, 1], matrix: [[3, 1], [0, 4]] }) // 0.125
 */
export function hammingLossFromMatrix(cm: ConfusionMatrix): number {
  const { k, c } = denseMatrix(cm);
  let trace = 0;
  for (let i = 0; i < k; i++) trace += c[i * k + i];
  const total = pairwiseSum(c);
  return (total - trace) / total;
}
