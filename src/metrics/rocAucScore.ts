import { binaryRocAuc } from './scoreBinaryAuc.js';
import type { ScoreAverage } from './scoreAverage.js';
import { EMPTY_INPUT } from './scoreBinaryInputs.js';
import { checkConsistentLength, encodeTarget, toFiniteArray, toWeights } from './scoreLabels.js';
import { isMatrix, shapeStr, toScoreMatrix, type ScoreInput } from './scoreMatrix.js';
import { multiclassRocAuc } from './scoreMulticlassAuc.js';
import type { ScoreResult } from './scoreResult.js';
import type { Label } from './types.js';

import type { RocAucOptions } from './rocAucOptions.js';
export type { RocAucOptions } from './rocAucOptions.js';

/**
 * Area under the ROC curve, as `sklearn.metrics.roc_auc_score` (1.9.1).
 * Binary (`yScore` one number per sample; the positive class is the greater label): trapezoid
 * over the ROC curve, so tied scores get half credit (= Mann–Whitney U/(n₊n₋)); a single class in
 * yTrue gives NaN with an `undefined-metric` warning (1.9 warns, it does not raise). `maxFpr`
 * gives the McClish-corrected partial AUC. Multiclass (`yScore` rows that sum to 1, columns in
 * sorted-label order): `multiClass` 'ovr' or 'ovo' with `average` macro/weighted (micro for ovr).
 * Cost: O(n) radix sort per binary curve (k sorts for ovr, k(k−1) for ovo).
 * Throws sklearn's messages: multiclass without `multiClass` ("multi_class must be in ('ovo',
 * 'ovr')"), rows not summing to 1, `maxFpr` outside (0, 1] or with multiclass, bad `labels`,
 * weights with ovo, NaN/infinite scores, length mismatch.
 *
 * @example rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).value // 0.75
 */
export function rocAucScore(yTrue: ArrayLike<Label>, yScore: ScoreInput, opts: RocAucOptions = {}): ScoreResult {
  if (yTrue.length === 0) throw new Error(EMPTY_INPUT);
  const target = encodeTarget(yTrue);
  const matrix = isMatrix(yScore) ? toScoreMatrix(yScore) : null;
  const { maxFpr } = opts;
  if (maxFpr !== undefined && !(maxFpr > 0 && maxFpr <= 1)) {
    throw new Error(
      `The 'max_fpr' parameter of roc_auc_score must be a float in the range (0.0, 1.0] or None. Got ${maxFpr} instead.`,
    );
  }
  if (target.type === 'multiclass' || (target.type === 'binary' && matrix && matrix.k > 2)) {
    if (maxFpr !== undefined && maxFpr !== 1) {
      throw new Error(
        "Partial AUC computation not available in multiclass setting, 'max_fpr' must be set to `None`, " +
          `received \`max_fpr=${maxFpr}\` instead`,
      );
    }
    if (opts.multiClass === undefined) throw new Error("multi_class must be in ('ovo', 'ovr')");
    if (!matrix) {
      throw new Error(
        '`y_score` needs to be of shape `(n_samples, n_classes)`, since `y_true` contains multiple classes. ' +
          `Got \`y_score.shape=${shapeStr(yScore)}\`.`,
      );
    }
    return multiclassRocAuc(yTrue, target, matrix, opts);
  }
  if (target.type !== 'binary') throw new Error(`${target.type} format is not supported`);
  let scores: Float64Array;
  if (matrix) {
    if (matrix.k !== 1) throw new Error(`y should be a 1d array, got an array of shape (${matrix.n}, ${matrix.k}) instead.`);
    scores = matrix.data;
  } else scores = toFiniteArray(yScore as ArrayLike<number>);
  checkConsistentLength(yTrue.length, scores.length, opts.sampleWeight?.length);
  const weights = toWeights(opts.sampleWeight, scores.length);
  const isPos = new Uint8Array(target.codes.length);
  for (let i = 0; i < isPos.length; i++) isPos[i] = target.codes[i] === 1 ? 1 : 0;
  return binaryRocAuc(isPos, scores, weights, maxFpr);
}
