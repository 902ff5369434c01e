import type { ScoreInput } from './scoreMatrix.js';
import { validateProba, weightedMean } from './scoreProba.js';
import type { ScoreResult } from './scoreResult.js';
import type { Label } from './types.js';

/** Options of {@link logLoss}. */
export interface LogLossOptions {
  /** All class labels (columns of yProb follow their sorted order); default the labels of yTrue. */
  labels?: readonly Label[];
  /** Mean loss per sample (default true) or the total. */
  normalize?: boolean;
  /** Per-sample weights (e.g. bootstrap counts). */
  sampleWeight?: ArrayLike<number>;
}

/** `np.finfo(np.float64).eps`, the clipping margin of {@link logLoss}. */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

/**
 * Log loss (cross-entropy), as `sklearn.metrics.log_loss` (1.9.1): probabilities are clipped to
 * [eps, 1 − eps] with eps = 2.220446049250313e-16, the loss of a sample is −ln p(true class), and
 * the mean (or weighted mean, or total when `normalize` is false) is returned. `yProb` is either
 * P(greater label) per sample or rows of class probabilities in sorted-label order. Rows not
 * summing to 1 give a `probabilities-not-normalized` warning and are not renormalised.
 * Cost O(n·k).
 * Throws sklearn's messages: values outside [0, 1], NaN/infinity, a single class without
 * `labels`, labels missing a yTrue value, class/column count mismatch, length mismatch,
 * all-zero weights.
 *
 * @example logLoss(['spam', 'ham', 'ham', 'spam'], [[0.1, 0.9], [0.9, 0.1], [0.8, 0.2], [0.35, 0.65]]).value // 0.21616187468057912
 */
export function logLoss(yTrue: ArrayLike<Label>, yProb: ScoreInput, opts: LogLossOptions = {}): ScoreResult {
  const { proba, codes, weights, warnings } = validateProba(yTrue, yProb, opts.sampleWeight, opts.labels);
  const { n, k, data } = proba;
  const loss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = Math.min(Math.max(data[i * k + codes[i]], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    loss[i] = -Math.log(p);
  }
  return { value: weightedMean(loss, weights, opts.normalize ?? true), warnings };
}
