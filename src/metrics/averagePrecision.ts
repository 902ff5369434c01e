import { pairwiseSum } from '../stats/pairwiseSum.js';
import { prFromCounts } from './precisionRecallCurve.js';
import { averageBinaryScore, type ScoreAverage } from './scoreAverage.js';
import { binaryInputs, EMPTY_INPUT } from './scoreBinaryInputs.js';
import { numpyArrayStr, pyStr } from './pyFormat.js';
import { checkConsistentLength, encodeTarget, toWeights } from './scoreLabels.js';
import { isMatrix, shapeStr, toScoreMatrix, type ScoreInput } from './scoreMatrix.js';
import type { ScoreResult } from './scoreResult.js';
import type { Label } from './types.js';

/** Options of {@link averagePrecision}. */
export interface AveragePrecisionOptions {
  /** Binary only: the positive class (default 1, as sklearn). Must stay 1 for multiclass targets. */
  posLabel?: Label;
  /** Multiclass only: `macro` (default), `weighted` by support, or `micro` over all cells. */
  average?: ScoreAverage;
  /** Per-sample weights (e.g. bootstrap counts). */
  sampleWeight?: ArrayLike<number>;
}

/**
 * Average precision, as `sklearn.metrics.average_precision_score` (1.9.1): AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ
 * over the distinct thresholds of the precision-recall curve (a block of tied scores is one
 * point; no interpolation). No positive sample gives 0 with the curve's warning. Multiclass
 * targets (yScore rows, columns in sorted order of the labels present in yTrue) are binarized
 * one-vs-rest and averaged macro / weighted / micro.
 * Cost: one O(n) radix sort and a pass per binary AP (k for macro/weighted, one of n·k for micro).
 * Throws sklearn's messages: `pos_label=… is not a valid label`, `pos_label` fixed to 1 for
 * multiclass, wrong `yScore` shape, continuous targets, NaN/infinite scores, length mismatch,
 * all-zero weights.
 *
 * @example averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).value // 0.8333333333333333
 */
export function averagePrecision(
  yTrue: ArrayLike<Label>,
  yScore: ScoreInput,
  opts: AveragePrecisionOptions = {},
): ScoreResult {
  if (yTrue.length === 0) throw new Error(EMPTY_INPUT);
  const posLabel = opts.posLabel ?? 1;
  const target = encodeTarget(yTrue);
  const present = target.classes;
  if (target.type === 'binary') {
    if (present.length === 2 && !present.some((c) => c === posLabel)) {
      throw new Error(`pos_label=${pyStr(posLabel)} is not a valid label. It should be one of ${numpyArrayStr(present)}`);
    }
    if (isMatrix(yScore)) {
      throw new Error(`y should be a 1d array, got an array of shape ${shapeStr(yScore)} instead.`);
    }
    const { isPos, scores, weights } = binaryInputs(yTrue, yScore, posLabel, opts.sampleWeight);
    return binaryAveragePrecision(isPos, scores, weights);
  }
  if (target.type !== 'multiclass') throw new Error(`${target.type} format is not supported`);
  if (posLabel !== 1) {
    throw new Error(
      'Parameter pos_label is fixed to 1 for multiclass y_true. Do not set pos_label or set pos_label to 1.',
    );
  }
  const m = isMatrix(yScore) ? toScoreMatrix(yScore) : null;
  if (!m || m.n !== yTrue.length || m.k !== present.length) {
    throw new Error(
      '`y_score` needs to be of shape `(n_samples, n_classes)`, since `y_true` contains multiple classes. ' +
        `Got \`y_score.shape=${shapeStr(yScore)}\`.`,
    );
  }
  checkConsistentLength(yTrue.length, m.n, opts.sampleWeight?.length);
  const weights = toWeights(opts.sampleWeight, m.n, true);
  return averageBinaryScore(binaryAveragePrecision, target.codes, m, opts.average ?? 'macro', weights);
}

/**
 * The binary step integral `max(0, −Σ diff(recall)·precision[:-1])` over sklearn's
 * precision-recall curve, on validated 0/1 targets and finite scores. O(n).
 */
export function binaryAveragePrecision(
  isPos: Uint8Array,
  scores: Float64Array,
  weights: Float64Array | null,
): ScoreResult {
  const { precision, recall, warnings } = prFromCounts(isPos, scores, weights, false);
  const terms = new Float64Array(recall.length - 1);
  for (let i = 0; i < terms.length; i++) terms[i] = (recall[i + 1] - recall[i]) * precision[i];
  return { value: Math.max(0, -pairwiseSum(terms)), warnings };
}
