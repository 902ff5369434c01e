import { checkTargets } from './checkTargets.js';
import type { ConfusionMatrix } from './confusionMatrix.js';
import { denseMatrix } from './matrixCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { LabelInput, MultilabelFormat } from './typeOfTarget.js';

export interface AccuracyOptions {
  /** true (default): the fraction correct; false: the (weighted) number correct. */
  normalize?: boolean;
  sampleWeight?: ArrayLike<number> | null;
  multilabelFormat?: MultilabelFormat;
}

/**
 * Per-sample correctness (1 = exact match; for multilabel targets every column must match:
 * subset accuracy), shared by {@link accuracyScore} and the Hamming loss. O(n) / O(n·L).
 */
export function correctness(yTrue: LabelInput, yPred: LabelInput, opts: AccuracyOptions): { ok: Uint8Array; w: Float64Array | null } {
  const t = checkTargets(yTrue, yPred, { sampleWeight: opts.sampleWeight, multilabelFormat: opts.multilabelFormat });
  if (t.type === 'multilabel-indicator') {
    const ok = new Uint8Array(t.nSamples);
    const L = t.nLabels;
    for (let i = 0; i < t.nSamples; i++) {
      let same = 1;
      for (let j = i * L; j < i * L + L; j++) if (t.yTrue[j] !== t.yPred[j]) { same = 0; break; }
      ok[i] = same;
    }
    return { ok, w: t.sampleWeight };
  }
  const n = t.yTrue.length;
  const ok = new Uint8Array(n);
  for (let i = 0; i < n; i++) ok[i] = t.yTrue[i] === t.yPred[i] ? 1 : 0;
  return { ok, w: t.sampleWeight };
}

/** numpy's `np.average(values, weights)` (pairwise sums); throws numpy's message when the weights sum to 0. */
export function weightedMean(values: Uint8Array, w: Float64Array | null, normalize: boolean): number {
  const n = values.length;
  if (w === null) {
    let c = 0;
    for (let i = 0; i < n; i++) c += values[i];
    return normalize ? c / n : c;
  }
  const prod = new Float64Array(n);
  for (let i = 0; i < n; i++) prod[i] = values[i] * w[i];
  const num = pairwiseSum(prod);
  if (!normalize) return num;
  const scale = pairwiseSum(w);
  if (scale === 0) throw new Error("Weights sum to zero, can't be normalized");
  return num / scale;
}

/**
 * Accuracy, as `sklearn.metrics.accuracy_score` (1.9): the (weighted) fraction of samples predicted
 * exactly; subset accuracy for multilabel targets; the count when `normalize` is false.
 * O(n) (O(n·L) multilabel). Throws the target checks' messages and "Weights sum to zero, can't be
 * normalized".
 *
 * @example accuracyScore([0, 1, 2, 3], [0, 2, 1, 3]) // 0.5
 */
export function accuracyScore(yTrue: LabelInput, yPred: LabelInput, opts: AccuracyOptions = {}): number {
  const { ok, w } = correctness(yTrue, yPred, opts);
  return weightedMean(ok, w, opts.normalize ?? true);
}

/**
 * Accuracy from a confusion matrix: trace / total (the trace when `normalize` is false). Equals
 * {@link accuracyScore} for unweighted counts. O(K²). Returns NaN for an all-zero matrix.
 *
 * @example accuracyScoreFromMatrix({ labels: [0, 1], matrix: [[3, 1], [0, 4]] }) // 0.875
 */
export function accuracyScoreFromMatrix(cm: ConfusionMatrix, opts: { normalize?: boolean } = {}): number {
  const { k, c } = denseMatrix(cm);
  let trace = 0;
  for (let i = 0; i < k; i++) trace += c[i * k + i];
  return (opts.normalize ?? true) ? trace / pairwiseSum(c) : trace;
}
