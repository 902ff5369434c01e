import { pairwiseSum } from '../stats/pairwiseSum.js';
import { checkConsistentLength, encodeTarget, indexOfLabel, resolvePosLabel, toWeights } from './scoreLabels.js';
import { isMatrix, type ScoreInput, type ScoreMatrix } from './scoreMatrix.js';
import { checkRange, probaMatrix, twoColumns, validateProba, weightedMean } from './scoreProba.js';
import type { ScoreResult } from './scoreResult.js';
import type { Label, MetricWarning } from './types.js';

/** Options of {@link brierScore}. */
export interface BrierScoreOptions {
  /** Binary (one probability per sample): the positive class; default 1 for {0,1}/{-1,1}, else the greater numeric label. */
  posLabel?: Label;
  /** Multiclass (rows): all class labels, columns in their sorted order; default the labels of yTrue. */
  labels?: readonly Label[];
  /** Halve the score; `auto` (default) halves when there are at most 2 columns (binary). */
  scaleByHalf?: boolean | 'auto';
  /** Per-sample weights (e.g. bootstrap counts). */
  sampleWeight?: ArrayLike<number>;
}

/**
 * Brier score loss, as `sklearn.metrics.brier_score_loss` (1.9.1): the (weighted) mean over samples
 * of Σₖ (yₖ − pₖ)² with y one-hot, halved when `scaleByHalf` is true or, for `auto`, when there
 * are at most two columns — so binary input gives mean((1[y = pos] − p)²) in [0, 1] and multiclass
 * input keeps the [0, 2] range. Cost O(n·k).
 * Throws sklearn's messages: values outside [0, 1], NaN/infinity, a non-binary target with one
 * probability per sample, string labels without `posLabel`, and the multiclass checks of
 * {@link logLoss} (labels, class counts), length mismatch, all-zero weights.
 *
 * @example brierScore([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3]).value // 0.03749999999999999
 */
export function brierScore(yTrue: ArrayLike<Label>, yProb: ScoreInput, opts: BrierScoreOptions = {}): ScoreResult {
  let proba: ScoreMatrix;
  let codes: Int32Array;
  let weights: Float64Array | null;
  let warnings: MetricWarning[] = [];
  const oneColumn = !isMatrix(yProb) || (yProb.length > 0 && yProb[0].length === 1);
  if (oneColumn) {
    ({ proba, codes, weights } = binaryProba(yTrue, yProb, opts));
  } else {
    ({ proba, codes, weights, warnings } = validateProba(yTrue, yProb, opts.sampleWeight, opts.labels));
  }
  const { n, k, data } = proba;
  const rows = new Float64Array(n);
  const cell = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    // numpy sums each row pairwise; below 8 columns that is a plain loop from 0.
    let acc = 0;
    for (let j = 0; j < k; j++) {
      const d = (codes[i] === j ? 1 : 0) - data[i * k + j];
      cell[j] = d * d;
      acc += cell[j];
    }
    rows[i] = k < 8 ? acc : pairwiseSum(cell);
  }
  let value = weightedMean(rows, weights);
  const scale = opts.scaleByHalf ?? 'auto';
  if (scale === true || (scale === 'auto' && k < 3)) value *= 0.5;
  return { value, warnings };
}

/** sklearn's `_validate_binary_probabilistic_prediction`: codes are 1 for the positive class. */
function binaryProba(yTrue: ArrayLike<Label>, yProb: ScoreInput, opts: BrierScoreOptions) {
  const single = probaMatrix(yProb);
  checkConsistentLength(single.n, yTrue.length, opts.sampleWeight?.length);
  const weights = toWeights(opts.sampleWeight, single.n, true);
  const target = encodeTarget(yTrue);
  if (target.type !== 'binary') {
    throw new Error(
      `The type of the target inferred from y_true is ${target.type} but should be binary according to the shape of y_prob.`,
    );
  }
  checkRange(single, 'less');
  let pos: Label;
  try {
    pos = resolvePosLabel(target.classes, opts.posLabel);
  } catch (e) {
    if (typeof target.classes[0] === 'string') throw e;
    pos = target.classes[target.classes.length - 1];
  }
  const posCode = indexOfLabel(target.classes, pos);
  const codes = Int32Array.from(target.codes, (c) => (c === posCode ? 1 : 0));
  return { proba: twoColumns(single), codes, weights };
}
