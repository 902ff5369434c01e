import { confusionMatrix, type ConfusionMatrix } from './confusionMatrix.js';
import { denseMatrix } from './matrixCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { LabelInput } from './typeOfTarget.js';
import type { MetricWarning } from './types.js';

export interface BalancedAccuracyOptions {
  /** Rescale so that chance scores 0 and perfect 1: (s − 1/K)/(1 − 1/K). */
  adjusted?: boolean;
  /** Collects sklearn's warnings (classes only in y_pred, a single label). */
  warnings?: MetricWarning[];
}

/** Warning code for classes predicted but absent from y_true (dropped from the mean). */
export const CLASSES_NOT_IN_Y_TRUE = 'classes-not-in-y-true';

/**
 * Mean per-class recall over the classes present in y_true of a row-major K×K matrix, as
 * `balanced_accuracy_score` computes it; rows that are entirely empty and whose column is empty
 * too (a label absent from the data) are skipped silently, other empty rows are dropped with
 * sklearn's warning. O(K²).
 */
export function balancedAccuracyOfDense(k: number, c: Float64Array, opts: BalancedAccuracyOptions): number {
  const perClass: number[] = [];
  let dropped = false;
  for (let i = 0; i < k; i++) {
    const rowSum = pairwiseSum(c, i * k, k);
    const recall = c[i * k + i] / rowSum;
    if (Number.isNaN(recall)) {
      let colSum = 0;
      for (let r = 0; r < k; r++) colSum += c[r * k + i];
      if (colSum !== 0) dropped = true;
      continue;
    }
    perClass.push(recall);
  }
  if (dropped) opts.warnings?.push({ code: CLASSES_NOT_IN_Y_TRUE, message: 'y_pred contains classes not in y_true' });
  let score = pairwiseSum(perClass) / perClass.length;
  if (opts.adjusted) {
    const chance = 1 / perClass.length;
    score -= chance;
    score /= 1 - chance;
  }
  return score;
}

/**
 * Balanced accuracy, as `sklearn.metrics.balanced_accuracy_score` (1.9): the mean recall over
 * the classes present in y_true; classes only in y_pred are dropped with a warning; `adjusted`
 * maps chance to 0. O(n + K²). Throws the target checks' messages (multilabel is not supported).
 *
 * @example balancedAccuracyScore([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1]) // 0.625
 */
export function balancedAccuracyScore(
  yTrue: LabelInput,
  yPred: LabelInput,
  opts: BalancedAccuracyOptions & { sampleWeight?: ArrayLike<number> | null } = {},
): number {
  const cm = confusionMatrix(yTrue, yPred, { sampleWeight: opts.sampleWeight });
  opts.warnings?.push(...cm.warnings);
  const { k, c } = denseMatrix(cm);
  return balancedAccuracyOfDense(k, c, opts);
}

/**
 * {@link balancedAccuracyScore} from a confusion matrix (labels with neither true nor predicted
 * samples are ignored). O(K²).
 *
 * @example balancedAccuracyScoreFromMatrix({ labels: [0, 1], matrix: [[3, 1], [1, 1]] }) // 0.625
 */
export function balancedAccuracyScoreFromMatrix(cm: ConfusionMatrix, opts: BalancedAccuracyOptions = {}): number {
  const { k, c } = denseMatrix(cm);
  return balancedAccuracyOfDense(k, c, opts);
}
