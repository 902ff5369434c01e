import { binaryCounts, pick, prKeptIndices } from './scoreBinaryCounts.js';
import { binaryInputs } from './scoreBinaryInputs.js';
import { UNDEFINED_METRIC } from './scoreResult.js';
import type { Label, MetricWarning } from './types.js';

/** Options of {@link precisionRecallCurve}. */
export interface PrecisionRecallCurveOptions {
  /** Positive class. Default: 1 when the labels are {0, 1} or {-1, 1} (or one of them), else required. */
  posLabel?: Label;
  /** Per-sample weights (e.g. bootstrap counts); zero-weight samples are dropped first. */
  sampleWeight?: ArrayLike<number>;
  /** Keep only the first and last point of each run of equal recall (sklearn's default `false`). */
  dropIntermediate?: boolean;
}

/** A precision-recall curve, in sklearn's order (increasing thresholds, decreasing recall). */
export interface PrecisionRecallCurve {
  /** precision[i] for predictions with score ≥ thresholds[i]; the last element is 1. */
  precision: Float64Array;
  /** recall[i] for predictions with score ≥ thresholds[i]; the last element is 0. */
  recall: Float64Array;
  /** Increasing distinct scores (one fewer than precision/recall). */
  thresholds: Float64Array;
  warnings: MetricWarning[];
}

/**
 * Precision-recall pairs per distinct score, as `sklearn.metrics.precision_recall_curve` (1.9.1):
 * precision = tps/(tps+fps) (0 where nothing is predicted positive), recall = tps/P, reversed so
 * thresholds increase, then precision 1 / recall 0 appended. With no positive sample recall is 1
 * everywhere and a warning is returned. Cost: one O(n) radix sort and a single pass.
 * Throws as {@link rocCurve} does (target type, `posLabel`, non-finite scores, lengths, weights).
 *
 * @example precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).recall // Float64Array [1, 1, 0.5, 0.5, 0]
 */
export function precisionRecallCurve(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  opts: PrecisionRecallCurveOptions = {},
): PrecisionRecallCurve {
  const { isPos, scores, weights } = binaryInputs(yTrue, yScore, opts.posLabel, opts.sampleWeight);
  return prFromCounts(isPos, scores, weights, opts.dropIntermediate ?? false);
}

/** The precision-recall curve of validated 0/1 targets and finite scores (no input checks). */
export function prFromCounts(
  isPos: Uint8Array,
  scores: Float64Array,
  weights: Float64Array | null,
  dropIntermediate: boolean,
): PrecisionRecallCurve {
  let { fps, tps, thresholds } = binaryCounts(isPos, scores, weights);
  if (dropIntermediate && fps.length > 2) {
    const keep = prKeptIndices(tps);
    fps = pick(fps, keep);
    tps = pick(tps, keep);
    thresholds = pick(thresholds, keep);
  }
  const m = tps.length;
  const precision = new Float64Array(m + 1);
  const recall = new Float64Array(m + 1);
  const th = new Float64Array(m);
  const warnings: MetricWarning[] = [];
  const posTotal = m > 0 ? tps[m - 1] : 0;
  if (posTotal === 0) {
    warnings.push({
      code: UNDEFINED_METRIC,
      message: 'No positive class found in y_true, recall is set to one for all thresholds.',
    });
  }
  for (let i = 0; i < m; i++) {
    const r = m - 1 - i;
    const ps = tps[i] + fps[i];
    precision[r] = ps !== 0 ? tps[i] / ps : 0;
    recall[r] = posTotal === 0 ? 1 : tps[i] / posTotal;
    th[r] = thresholds[i];
  }
  precision[m] = 1;
  recall[m] = 0;
  return { precision, recall, thresholds: th, warnings };
}
