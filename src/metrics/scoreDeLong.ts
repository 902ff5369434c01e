import { binaryInputs } from './scoreBinaryInputs.js';
import { rankBinary, rankedDeLong } from './scoreRanked.js';
import { UNDEFINED_METRIC } from './scoreResult.js';
import type { Label, MetricWarning } from './types.js';

/** Options of {@link rocAucVarianceDeLong}. */
export interface DeLongOptions {
  /** Positive class; default 1 when the labels are {0, 1} or {-1, 1}, else required. */
  posLabel?: Label;
  /** Frequency weights (an integer weight equals that many repeated rows). */
  sampleWeight?: ArrayLike<number>;
}

/**
 * ROC AUC with its DeLong, DeLong & Clarke-Pearson (1988) variance, computed by the fast
 * algorithm of Sun & Xu (2014, IEEE Signal Processing Letters 21(11)) from midranks: for
 * positives V10 = (Tz − Tx)/N, for negatives V01 = 1 − (Tz − Ty)/P, AUC = mean V10,
 * Var(AUC) = S10/P + S01/N with S the ddof-1 sample variances (as `np.cov`). A normal interval is
 * AUC ± z·√Var. A class missing gives NaN with an `undefined-metric` warning; a class with a
 * single sample gives a NaN variance. Cost: one O(n) radix sort and two passes.
 * Throws as `rocCurve` does (posLabel rule, NaN/infinite scores, lengths, all-zero weights).
 *
 * @example rocAucVarianceDeLong([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).variance // 0.125
 */
export function rocAucVarianceDeLong(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  opts: DeLongOptions = {},
): { auc: number; variance: number; warnings: MetricWarning[] } {
  const { isPos, scores, weights } = binaryInputs(yTrue, yScore, opts.posLabel, opts.sampleWeight);
  const r = rankedDeLong(rankBinary(isPos, scores), weights ?? undefined);
  const warnings: MetricWarning[] = Number.isNaN(r.auc)
    ? [{ code: UNDEFINED_METRIC, message: 'Only one class is present in y_true. ROC AUC score is not defined in that case.' }]
    : [];
  return { ...r, warnings };
}
