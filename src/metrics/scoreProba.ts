import { pairwiseSum } from '../stats/pairwiseSum.js';
import { WEIGHTS_SUM_TO_ZERO } from './scoreAverage.js';
import { numpyArrayStr, pyFloatRepr, pyRepr, pyStr } from './pyFormat.js';
import { checkConsistentLength, encodeTarget, indexOfLabel, toFiniteArray, toWeights } from './scoreLabels.js';
import { isMatrix, minMax, rowSums, toScoreMatrix, type ScoreInput, type ScoreMatrix } from './scoreMatrix.js';
import { LABELS_NOT_ORDERED, PROBABILITIES_NOT_NORMALIZED } from './scoreResult.js';
import { sortLabels } from './sortLabels.js';
import type { Label, MetricWarning } from './types.js';

/** Validated probabilistic predictions: n × k probabilities and the true class's column per row. */
export interface ProbaInputs {
  proba: ScoreMatrix;
  codes: Int32Array;
  classes: Label[];
  weights: Float64Array | null;
  warnings: MetricWarning[];
}

/** Probabilities as an n × k matrix (a 1-D input is one column). Finite values only. */
export function probaMatrix(yProb: ScoreInput): ScoreMatrix {
  if (isMatrix(yProb)) return toScoreMatrix(yProb);
  const data = toFiniteArray(yProb as ArrayLike<number>);
  return { data, n: data.length, k: 1 };
}

/** sklearn's range checks on probabilities (`lowerWord` is "lower" or "less", as sklearn words it). */
export function checkRange(m: ScoreMatrix, lowerWord: string): void {
  const [lo, hi] = minMax(m.data);
  if (hi > 1) throw new Error(`y_prob contains values greater than 1: ${pyFloatRepr(hi)}`);
  if (lo < 0) throw new Error(`y_prob contains values ${lowerWord} than 0: ${pyFloatRepr(lo)}`);
}

/** `[1 − p, p]` rows from a single column of positive-class probabilities. */
export function twoColumns(m: ScoreMatrix): ScoreMatrix {
  const data = new Float64Array(2 * m.n);
  for (let i = 0; i < m.n; i++) {
    data[2 * i] = 1 - m.data[i];
    data[2 * i + 1] = m.data[i];
  }
  return { data, n: m.n, k: 2 };
}

/**
 * sklearn's `_validate_multiclass_probabilistic_prediction` (1.9.1) for `log_loss` and the
 * multiclass `brier_score_loss`: range checks, lengths, weights, the classes (from `labels` or
 * yTrue; columns follow their sorted order), a single column read as P(greater label), a warning
 * when rows do not sum to 1 (|Σ − 1| > 1e-8 + √eps; not renormalised). O(n·k).
 */
export function validateProba(
  yTrue: ArrayLike<Label>,
  yProb: ScoreInput,
  sampleWeight: ArrayLike<number> | undefined,
  labels: readonly Label[] | undefined,
): ProbaInputs {
  let proba = probaMatrix(yProb);
  checkRange(proba, 'lower');
  checkConsistentLength(proba.n, yTrue.length, sampleWeight?.length);
  const weights = toWeights(sampleWeight, proba.n, true);
  const warnings: MetricWarning[] = [];
  const target = encodeTarget(yTrue);
  let classes: Label[];
  let codes: Int32Array;
  if (labels !== undefined) {
    classes = sortLabels(labels);
    if (classes.length !== labels.length || classes.some((c, j) => c !== labels[j])) {
      warnings.push({
        code: LABELS_NOT_ORDERED,
        message:
          `Labels passed were [${labels.map(pyRepr).join(', ')}]. But this function assumes labels are ordered ` +
          `lexicographically. Pass the ordered labels=[${classes.map(pyRepr).join(', ')}] and ensure that the ` +
          'columns of y_prob correspond to this ordering.',
      });
    }
    const map = target.classes.map((c) => indexOfLabel(classes, c));
    const undeclared = target.classes.filter((_, j) => map[j] < 0);
    if (undeclared.length > 0) {
      throw new Error(
        `y_true contains values {${undeclared.map(pyRepr).join(', ')}} not belonging to the passed labels ` +
          `[${labels.map(pyRepr).join(', ')}].`,
      );
    }
    if (classes.length === 1) {
      throw new Error(`The labels array needs to contain at least two labels, got ${numpyArrayStr(classes)}.`);
    }
    codes = Int32Array.from(target.codes, (c) => map[c]);
  } else {
    classes = target.classes;
    codes = target.codes;
    if (classes.length === 1) {
      throw new Error(
        `y_true contains only one label (${pyStr(classes[0])}). Please provide the list of all expected class ` +
          'labels explicitly through the labels argument.',
      );
    }
  }
  if (proba.k === 1) proba = twoColumns(proba);
  const sums = rowSums(proba);
  const tol = 1e-8 + Math.sqrt(2.220446049250313e-16);
  if (sums.some((s) => !(Math.abs(s - 1) <= tol))) {
    warnings.push({
      code: PROBABILITIES_NOT_NORMALIZED,
      message: 'The y_prob values do not sum to one. Make sure to pass probabilities.',
    });
  }
  if (classes.length !== proba.k) {
    throw new Error(
      labels === undefined
        ? `y_true and y_prob contain different number of classes: ${classes.length} vs ${proba.k}. Please provide ` +
            `the true labels explicitly through the labels argument. Classes found in y_true: ${numpyArrayStr(classes)}`
        : `The number of classes in labels is different from that in y_prob. Classes found in labels: ${numpyArrayStr(classes)}`,
    );
  }
  return { proba, codes, classes, weights, warnings };
}

/**
 * `np.average(values, weights)` (pairwise sums, as numpy), or the plain / weighted total when
 * `normalize` is false. Throws sklearn's message when the weights sum to zero.
 */
export function weightedMean(values: Float64Array, weights: Float64Array | null, normalize = true): number {
  if (!weights) return normalize ? pairwiseSum(values) / values.length : pairwiseSum(values);
  const prod = new Float64Array(values.length);
  for (let i = 0; i < prod.length; i++) prod[i] = values[i] * weights[i];
  const total = pairwiseSum(prod);
  if (!normalize) return total;
  const scale = pairwiseSum(weights);
  if (scale === 0) throw new Error(WEIGHTS_SUM_TO_ZERO);
  return total / scale;
}
