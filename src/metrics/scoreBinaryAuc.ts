import { rocFromCounts } from './rocCurve.js';
import { UNDEFINED_METRIC, type ScoreResult } from './scoreResult.js';
import { interpolate, trapezoidArea } from './scoreTrapezoid.js';

/**
 * sklearn's `_binary_roc_auc_score` on validated 0/1 targets: NaN with a warning unless both
 * classes occur, else the (partial) area under `roc_curve(drop_intermediate=True)`. O(n).
 */
export function binaryRocAuc(
  isPos: Uint8Array,
  scores: Float64Array,
  weights: Float64Array | null,
  maxFpr?: number,
): ScoreResult {
  let pos = 0;
  for (let i = 0; i < isPos.length; i++) pos += isPos[i];
  if (pos === 0 || pos === isPos.length) {
    return {
      value: NaN,
      warnings: [{ code: UNDEFINED_METRIC, message: 'Only one class is present in y_true. ROC AUC score is not defined in that case.' }],
    };
  }
  if (weights && weights.every((w) => w === 0)) throw new Error('Sample weights must contain at least one non-zero number.');
  const { fpr, tpr, warnings } = rocFromCounts(isPos, scores, weights, true);
  if (maxFpr === undefined || maxFpr === 1) return { value: trapezoidArea(fpr, tpr), warnings };
  let stop = 0;
  while (stop < fpr.length && fpr[stop] <= maxFpr) stop++;
  if (stop === 0 || stop === fpr.length) return { value: NaN, warnings };
  const x = new Float64Array(stop + 1);
  const y = new Float64Array(stop + 1);
  x.set(fpr.subarray(0, stop));
  y.set(tpr.subarray(0, stop));
  x[stop] = maxFpr;
  y[stop] = interpolate(maxFpr, fpr[stop - 1], fpr[stop], tpr[stop - 1], tpr[stop]);
  const partial = trapezoidArea(x, y);
  const minArea = 0.5 * maxFpr * maxFpr;
  return { value: 0.5 * (1 + (partial - minArea) / (maxFpr - minArea)), warnings };
}
