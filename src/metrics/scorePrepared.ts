import { binaryInputs } from './scoreBinaryInputs.js';
import { rankBinary, rankedAveragePrecision, rankedDeLong, rankedRocAuc } from './scoreRanked.js';
import type { Label } from './types.js';

/** Binary scores sorted once, evaluated under any number of weight vectors (bootstrap resamples). */
export interface PreparedBinaryScores {
  /** Number of samples. */
  readonly n: number;
  /** The positive label used. */
  readonly posLabel: Label;
  /** ROC AUC (as `rocAucScore`); NaN when a class has zero total weight. O(n). */
  rocAuc(weights?: ArrayLike<number>): number;
  /** Average precision (as `averagePrecision`); 0 when the positives have zero total weight. O(n). */
  averagePrecision(weights?: ArrayLike<number>): number;
  /** DeLong AUC and variance (as `rocAucVarianceDeLong`). O(n). */
  rocAucVarianceDeLong(weights?: ArrayLike<number>): { auc: number; variance: number };
}

/**
 * Sorts binary scores once (O(n) radix sort) so that ROC AUC, average precision and the DeLong
 * variance can be evaluated for many weight vectors in one O(n) pass each, with no allocation —
 * the bootstrap passes resample counts as weights, which gives exactly the metric of the
 * resampled rows (up to float rounding of the sums). `weights[i]` weighs sample i in the original
 * order. Values match `rocAucScore` / `averagePrecision` within ~1e-15 relative (sklearn builds
 * the curve first; these sum per tie block).
 * Throws as `rocCurve` does: `posLabel` is required unless the labels are {0, 1} or {-1, 1}
 * (pass the greater label to match `rocAucScore` on other labels); NaN/infinite scores; lengths.
 *
 * @example prepareBinaryScores([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).rocAuc([1, 1, 1, 2]) // 0.8333333333333334
 */
export function prepareBinaryScores(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  posLabel?: Label,
): PreparedBinaryScores {
  const inputs = binaryInputs(yTrue, yScore, posLabel, undefined);
  const ranked = rankBinary(inputs.isPos, inputs.scores);
  const n = inputs.scores.length;
  const check = (w?: ArrayLike<number>) => {
    if (w !== undefined && w.length !== n) {
      throw new Error(`Found input variables with inconsistent numbers of samples: [${n}, ${w.length}]`);
    }
  };
  return {
    n,
    posLabel: inputs.posLabel,
    rocAuc: (w) => (check(w), rankedRocAuc(ranked, w)),
    averagePrecision: (w) => (check(w), rankedAveragePrecision(ranked, w)),
    rocAucVarianceDeLong: (w) => (check(w), rankedDeLong(ranked, w)),
  };
}
