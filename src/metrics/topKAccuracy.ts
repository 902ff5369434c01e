import { checkConsistentLength, encodeTarget, indexOfLabel, toFiniteArray, toWeights } from './scoreLabels.js';
import { isMatrix, minMax, shapeStr, toScoreMatrix, type ScoreInput } from './scoreMatrix.js';
import { weightedMean } from './scoreProba.js';
import { UNDEFINED_METRIC, type ScoreResult } from './scoreResult.js';
import { compareLabels } from './sortLabels.js';
import type { Label, MetricWarning } from './types.js';

/** Options of {@link topKAccuracy}. */
export interface TopKAccuracyOptions {
  /** How many top-ranked classes count as a hit (default 2, as sklearn). */
  k?: number;
  /** All class labels, sorted, naming the yScore columns; default the sorted labels of yTrue. */
  labels?: readonly Label[];
  /** Fraction of hits (default true) or the (weighted) number of hits. */
  normalize?: boolean;
  /** Per-sample weights (e.g. bootstrap counts). */
  sampleWeight?: ArrayLike<number>;
}

/**
 * Top-k accuracy, as `sklearn.metrics.top_k_accuracy_score` (1.9.1): a sample is a hit when its
 * true class is among the k highest-scored columns. Ties follow sklearn's ranking (a stable
 * ascending argsort, reversed), so among equal scores the later column ranks higher. Binary input
 * (one score per sample): k = 1 predicts the greater label when score > 0.5 (scores in [0, 1]) or
 * > 0 (otherwise); k ≥ 2 is always a hit. k ≥ the number of classes returns an `undefined-metric`
 * warning (sklearn warns, it does not raise). Cost O(n·k_classes), no sort.
 * Throws sklearn's messages: k not a positive integer, class/column count mismatch, unsorted or
 * duplicate `labels`, yTrue labels missing from `labels`, 2-column scores for binary yTrue
 * without `labels`, NaN/infinite scores, length mismatch.
 *
 * @example topKAccuracy([0, 1, 2, 2], [[0.5, 0.2, 0.2], [0.3, 0.4, 0.2], [0.2, 0.4, 0.3], [0.7, 0.2, 0.1]], { k: 2 }).value // 0.75
 */
export function topKAccuracy(yTrue: ArrayLike<Label>, yScore: ScoreInput, opts: TopKAccuracyOptions = {}): ScoreResult {
  const k = opts.k ?? 2;
  if (!Number.isInteger(k) || k < 1) {
    throw new Error(`The 'k' parameter of top_k_accuracy_score must be an int in the range [1, inf). Got ${k} instead.`);
  }
  const target = encodeTarget(yTrue);
  let type = target.type;
  const { labels } = opts;
  if (type === 'binary' && labels !== undefined && labels.length > 2) type = 'multiclass';
  if (type !== 'binary' && type !== 'multiclass') {
    throw new Error(`y type must be 'binary' or 'multiclass', got '${type}' instead.`);
  }
  const matrix = isMatrix(yScore) ? toScoreMatrix(yScore) : null;
  let flat: Float64Array | null = null;
  if (type === 'binary') {
    if (matrix && matrix.k !== 1) {
      throw new Error(
        `\`y_true\` is binary while y_score is 2d with ${matrix.k} classes. If \`y_true\` does not contain all the labels, \`labels\` must be provided.`,
      );
    }
    flat = matrix ? matrix.data : toFiniteArray(yScore as ArrayLike<number>);
  } else if (!matrix) {
    throw new Error(
      '`y_score` needs to be of shape `(n_samples, n_classes)`, since `y_true` contains multiple classes. ' +
        `Got \`y_score.shape=${shapeStr(yScore)}\`.`,
    );
  }
  const n = yTrue.length;
  checkConsistentLength(n, matrix ? matrix.n : (flat as Float64Array).length, opts.sampleWeight?.length);
  const scoreClasses = matrix && type === 'multiclass' ? matrix.k : 2;
  let classes = target.classes;
  if (labels === undefined) {
    if (classes.length !== scoreClasses) {
      throw new Error(
        `Number of classes in 'y_true' (${classes.length}) not equal to the number of classes in 'y_score' ` +
          `(${scoreClasses}).You can provide a list of all known classes by assigning it to the \`labels\` parameter.`,
      );
    }
  } else {
    if (new Set(labels).size !== labels.length) throw new Error("Parameter 'labels' must be unique.");
    for (let j = 1; j < labels.length; j++) {
      if (compareLabels(labels[j - 1], labels[j]) > 0) throw new Error("Parameter 'labels' must be ordered.");
    }
    if (labels.length !== scoreClasses) {
      throw new Error(`Number of given labels (${labels.length}) not equal to the number of classes in 'y_score' (${scoreClasses}).`);
    }
    if (target.classes.some((c) => indexOfLabel(labels, c) < 0)) {
      throw new Error("'y_true' contains labels not in parameter 'labels'.");
    }
    classes = [...labels];
  }
  const nClasses = classes.length;
  const warnings: MetricWarning[] = [];
  if (k >= nClasses) {
    warnings.push({
      code: UNDEFINED_METRIC,
      message: `'k' (${k}) greater than or equal to 'n_classes' (${nClasses}) will result in a perfect score and is therefore meaningless.`,
    });
  }
  const map = target.classes.map((c) => indexOfLabel(classes, c));
  const hits = new Float64Array(n);
  if (flat) {
    const [lo, hi] = minMax(flat);
    const threshold = lo >= 0 && hi <= 1 ? 0.5 : 0;
    for (let i = 0; i < n; i++) hits[i] = k === 1 ? +((flat[i] > threshold ? 1 : 0) === map[target.codes[i]]) : 1;
  } else {
    const { data, k: K } = matrix as { data: Float64Array; k: number };
    for (let i = 0; i < n; i++) {
      const c = map[target.codes[i]];
      const s = data[i * K + c];
      let above = 0;
      for (let j = 0; j < K; j++) {
        const v = data[i * K + j];
        if (v > s || (v === s && j > c)) above++;
      }
      hits[i] = above < k ? 1 : 0;
    }
  }
  const w = toWeights(opts.sampleWeight, n);
  return { value: weightedMean(hits, w, opts.normalize ?? true), warnings };
}
