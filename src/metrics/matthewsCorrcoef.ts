import { confusionMatrix, type ConfusionMatrix } from './confusionMatrix.js';
import { denseMatrix } from './matrixCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { LabelInput } from './typeOfTarget.js';
import type { MetricWarning } from './types.js';

/**
 * MCC of a row-major K×K matrix with sklearn's operation order:
 * (c·s − t·p) / sqrt((s² − p·p)(s² − t·t)), 0 when the product under the root is 0. O(K²).
 */
export function matthewsOfDense(k: number, c: Float64Array): number {
  const tSum = new Float64Array(k);
  const pSum = new Float64Array(k);
  const diag = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    tSum[i] = pairwiseSum(c, i * k, k);
    diag[i] = c[i * k + i];
    for (let j = 0; j < k; j++) pSum[j] += c[i * k + j];
  }
  const nCorrect = pairwiseSum(diag);
  const nSamples = pairwiseSum(pSum);
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let i = 0; i < k; i++) {
    tp += tSum[i] * pSum[i];
    pp += pSum[i] * pSum[i];
    tt += tSum[i] * tSum[i];
  }
  const covYtYp = nCorrect * nSamples - tp;
  const covYpYp = nSamples ** 2 - pp;
  const covYtYt = nSamples ** 2 - tt;
  const product = covYpYp * covYtYt;
  return product === 0 ? 0 : covYtYp / Math.sqrt(product);
}

/**
 * Matthews correlation coefficient, as `sklearn.metrics.matthews_corrcoef` (1.9), binary and
 * multiclass (Gorodkin's R_K); 0.0 when undefined (e.g. a single class in y_true or y_pred).
 * O(n + K²). `warnings` collects sklearn's single-label confusion-matrix warning.
 * Throws "multilabel-indicator is not supported" and the target checks' messages.
 *
 * @example matthewsCorrcoef([1, 1, 1, -1], [1, -1, 1, 1]) // -0.3333333333333333
 */
export function matthewsCorrcoef(
  yTrue: LabelInput,
  yPred: LabelInput,
  opts: { sampleWeight?: ArrayLike<number> | null; warnings?: MetricWarning[] } = {},
): number {
  const cm = confusionMatrix(yTrue, yPred, { sampleWeight: opts.sampleWeight });
  opts.warnings?.push(...cm.warnings);
  const { k, c } = denseMatrix(cm);
  return matthewsOfDense(k, c);
}

/**
 * {@link matthewsCorrcoef} from a confusion matrix. O(K²).
 *
 * @example matthewsCorrcoefFromMatrix({ labels: [0, 1], matrix: [[2, 0], [0, 2]] }) // 1
 */
export function matthewsCorrcoefFromMatrix(cm: ConfusionMatrix): number {
  const { k, c } = denseMatrix(cm);
  return matthewsOfDense(k, c);
}
