import { binaryCounts, pick, rocKeptIndices } from './scoreBinaryCounts.js';
import { binaryInputs } from './scoreBinaryInputs.js';
import { UNDEFINED_METRIC } from './scoreResult.js';
import type { Label, MetricWarning } from './types.js';

/** Options of {@link rocCurve}. */
export interface RocCurveOptions {
  /** Positive class. Default: 1 when the labels are {0, 1} or {-1, 1} (or one of them), else required. */
  posLabel?: Label;
  /** Per-sample weights (e.g. bootstrap counts); zero-weight samples are dropped first. */
  sampleWeight?: ArrayLike<number>;
  /** Drop points collinear with their neighbours (sklearn's default `true`). */
  dropIntermediate?: boolean;
}

/** A ROC curve: `fpr[i]`, `tpr[i]` are the rates for predictions with score ≥ `thresholds[i]`. */
export interface RocCurve {
  fpr: Float64Array;
  tpr: Float64Array;
  /** Decreasing; `thresholds[0]` is `Infinity` (the classifier that predicts nothing positive). */
  thresholds: Float64Array;
  warnings: MetricWarning[];
}

/**
 * Receiver operating characteristic curve, as `sklearn.metrics.roc_curve` (1.9.1): one point per
 * distinct score (a block of tied scores is one point), preceded by (0, 0) at threshold
 * `Infinity`; with `dropIntermediate` collinear points are removed. With no negatives (positives)
 * the fpr (tpr) is all NaN and an `undefined-metric` warning is returned.
 * Cost: one O(n) radix sort and a single pass.
 * Throws: non-binary targets without `posLabel` ("multiclass format is not supported"), labels
 * other than {0,1}/{-1,1} without `posLabel`, NaN/infinite scores, length mismatch, all-zero weights.
 *
 * @example rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).tpr // Float64Array [0, 0.5, 0.5, 1, 1]
 */
export function rocCurve(yTrue: ArrayLike<Label>, yScore: ArrayLike<number>, opts: RocCurveOptions = {}): RocCurve {
  const { isPos, scores, weights } = binaryInputs(yTrue, yScore, opts.posLabel, opts.sampleWeight);
  return rocFromCounts(isPos, scores, weights, opts.dropIntermediate ?? true);
}

/** The ROC curve of validated 0/1 targets and finite scores (no input checks). */
export function rocFromCounts(
  isPos: Uint8Array,
  scores: Float64Array,
  weights: Float64Array | null,
  dropIntermediate: boolean,
): RocCurve {
  let { fps, tps, thresholds } = binaryCounts(isPos, scores, weights);
  if (dropIntermediate && fps.length > 2) {
    const keep = rocKeptIndices(fps, tps);
    fps = pick(fps, keep);
    tps = pick(tps, keep);
    thresholds = pick(thresholds, keep);
  }
  const m = fps.length + 1;
  const fpr = new Float64Array(m);
  const tpr = new Float64Array(m);
  const th = new Float64Array(m);
  th[0] = Infinity;
  th.set(thresholds, 1);
  const warnings: MetricWarning[] = [];
  const negTotal = m > 1 ? fps[m - 2] : 0;
  const posTotal = m > 1 ? tps[m - 2] : 0;
  if (negTotal <= 0) {
    warnings.push({
      code: UNDEFINED_METRIC,
      message: 'No negative samples in y_true, false positive value should be meaningless',
    });
    fpr.fill(NaN);
  } else for (let i = 1; i < m; i++) fpr[i] = fps[i - 1] / negTotal;
  if (posTotal <= 0) {
    warnings.push({
      code: UNDEFINED_METRIC,
      message: 'No positive samples in y_true, true positive value should be meaningless',
    });
    tpr.fill(NaN);
  } else for (let i = 1; i < m; i++) tpr[i] = tps[i - 1] / posTotal;
  return { fpr, tpr, thresholds: th, warnings };
}
