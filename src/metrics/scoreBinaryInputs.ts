import { checkConsistentLength, encodeTarget, resolvePosLabel, toFiniteArray, toWeights } from './scoreLabels.js';
import type { Label } from './types.js';

/** sklearn's `check_array` message for an empty 1-D input. */
export const EMPTY_INPUT = 'Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.';

/** Validated inputs of a binary score metric: 0/1 targets, finite scores, optional weights. */
export interface BinaryInputs {
  isPos: Uint8Array;
  scores: Float64Array;
  weights: Float64Array | null;
  posLabel: Label;
}

/**
 * Validates `(yTrue, yScore, sampleWeight)` as sklearn's `confusion_matrix_at_thresholds` does:
 * the target must be binary, or multiclass with an explicit `posLabel`; `posLabel` is resolved by
 * the {0, 1} / {-1, 1} rule; lengths must agree; scores must be finite; weights may not be all zero
 * (when `rejectAllZeroWeights`). O(n).
 */
export function binaryInputs(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  posLabel: Label | undefined,
  sampleWeight: ArrayLike<number> | undefined,
  rejectAllZeroWeights = true,
): BinaryInputs {
  if (yTrue.length === 0) throw new Error(EMPTY_INPUT);
  const { classes, codes, type } = encodeTarget(yTrue);
  if (!(type === 'binary' || (type === 'multiclass' && posLabel !== undefined))) {
    throw new Error(`${type} format is not supported`);
  }
  const pos = resolvePosLabel(classes, posLabel);
  const isPos = new Uint8Array(codes.length);
  const posCode = classes.findIndex((c) => c === pos);
  for (let i = 0; i < codes.length; i++) isPos[i] = codes[i] === posCode ? 1 : 0;
  checkConsistentLength(yTrue.length, yScore.length, sampleWeight?.length);
  const scores = toFiniteArray(yScore);
  const weights = toWeights(sampleWeight, scores.length, rejectAllZeroWeights);
  return { isPos, scores, weights, posLabel: pos };
}
