import { pairwiseSum } from '../../stats/pairwiseSum.js';
import type { SparseRows } from './countVectorizer.js';

/** A fitted multinomial naive Bayes: scikit-learn's `MultinomialNB` attributes, classes by index. */
export interface MultinomialNBState {
  nClasses: number;
  nFeatures: number;
  alpha: number;
  /** Training rows per class (`class_count_`). */
  classCount: Float64Array;
  /** log(class_count / n) (`class_log_prior_`, fit_prior=True, class_prior=None). */
  classLogPrior: Float64Array;
  /** `feature_log_prob_` stored feature-major: entry [j · nClasses + k] is class k, feature j. */
  featureLogProb: Float64Array;
}

/**
 * Fits scikit-learn's `MultinomialNB(alpha, fit_prior=True, class_prior=None, force_alpha=True)` on a
 * count matrix and class indices 0..nClasses−1: feature_count = Σ counts per class,
 * feature_log_prob = log(count + α) − log(Σ_j (count_j + α)) (the row sum pairwise, as numpy),
 * class_log_prior = log(class_count) − log(n). One class is allowed (it always wins).
 * Cost O(nnz + nClasses · nFeatures). Throws scikit-learn's alpha message for α < 0 or not finite,
 * and when y does not match the rows or holds an index outside 0..nClasses−1.
 * @example fitMultinomialNB({ indptr: Int32Array.of(0, 1), indices: Int32Array.of(0), data: Float64Array.of(2) }, Int32Array.of(0), 1, 1, 1).featureLogProb // Float64Array [0]
 */
export function fitMultinomialNB(rows: SparseRows, y: Int32Array, nClasses: number, nFeatures: number, alpha: number): MultinomialNBState {
  if (!(alpha >= 0 && alpha < Infinity)) {
    throw new Error(`The 'alpha' parameter of MultinomialNB must be a float in the range [0.0, inf). Got ${alpha} instead.`);
  }
  const n = rows.indptr.length - 1;
  if (y.length !== n) throw new Error(`X has ${n} rows but y has ${y.length} labels`);
  const fc = new Float64Array(nClasses * nFeatures);
  const classCount = new Float64Array(nClasses);
  for (let r = 0; r < n; r++) {
    const k = y[r];
    if (!(k >= 0 && k < nClasses)) throw new Error(`class index ${k} at row ${r} is outside 0..${nClasses - 1}`);
    classCount[k]++;
    const base = k * nFeatures;
    for (let p = rows.indptr[r]; p < rows.indptr[r + 1]; p++) fc[base + rows.indices[p]] += rows.data[p];
  }
  const featureLogProb = new Float64Array(nClasses * nFeatures);
  const smoothed = new Float64Array(nFeatures);
  for (let k = 0; k < nClasses; k++) {
    for (let j = 0; j < nFeatures; j++) smoothed[j] = fc[k * nFeatures + j] + alpha;
    const logTotal = Math.log(pairwiseSum(smoothed));
    for (let j = 0; j < nFeatures; j++) featureLogProb[j * nClasses + k] = Math.log(smoothed[j]) - logTotal;
  }
  const logN = Math.log(pairwiseSum(classCount));
  const classLogPrior = classCount.map((c) => Math.log(c) - logN);
  return { nClasses, nFeatures, alpha, classCount, classLogPrior, featureLogProb };
}

/**
 * The joint log-likelihood of each row (`_joint_log_likelihood`: X · feature_log_probᵀ + class_log_prior,
 * accumulated over a row's terms in stored order, as scipy's CSR product). Returns n × nClasses,
 * row-major. O(nnz · nClasses). Never throws.
 * @example jointLogLikelihood(state, rows)[0] // log P(class 0) + Σ count · log P(term | class 0)
 */
export function jointLogLikelihood(state: MultinomialNBState, rows: SparseRows): Float64Array {
  const K = state.nClasses;
  const flp = state.featureLogProb;
  const n = rows.indptr.length - 1;
  const out = new Float64Array(n * K);
  for (let r = 0; r < n; r++) {
    const o = r * K;
    for (let p = rows.indptr[r]; p < rows.indptr[r + 1]; p++) {
      const c = rows.data[p];
      const f = rows.indices[p] * K;
      for (let k = 0; k < K; k++) out[o + k] += c * flp[f + k];
    }
    for (let k = 0; k < K; k++) out[o + k] += state.classLogPrior[k];
  }
  return out;
}

/**
 * Turns joint log-likelihoods (n × K, row-major) into probabilities in place, as scikit-learn's
 * `predict_proba` = exp(jll − logsumexp(jll)) with its `_logsumexp` (the maxima separated out:
 * log1p(Σ others e^(a − max) / m) + log m + max, m = number of maxima). Returns the same array.
 * O(n · K). Never throws; a row of all −Infinity gives NaN, as scikit-learn.
 * @example probabilitiesFromJoint(Float64Array.of(0, Math.log(3)), 2) // Float64Array [0.25, 0.75]
 */
export function probabilitiesFromJoint(jll: Float64Array, K: number): Float64Array {
  const exps = new Float64Array(K);
  for (let o = 0; o < jll.length; o += K) {
    let max = -Infinity;
    for (let k = 0; k < K && !Number.isNaN(max); k++) if (!(jll[o + k] <= max)) max = jll[o + k];
    let m = 0;
    const shift = Number.isFinite(max) ? max : 0;
    for (let k = 0; k < K; k++) {
      if (jll[o + k] === max) { m++; exps[k] = 0; } else exps[k] = Math.exp(jll[o + k] - shift);
    }
    let s = pairwiseSum(exps);
    if (s !== 0) s /= m;
    const lse = Math.log1p(s) + Math.log(m) + max;
    for (let k = 0; k < K; k++) jll[o + k] = Math.exp(jll[o + k] - lse);
  }
  return jll;
}

/**
 * The index of the largest value in each row of an n × K row-major matrix: `np.argmax(axis=1)` (first
 * maximum wins; a NaN counts as the maximum). Returns n indices. O(n · K). Never throws.
 * @example argmaxRows(Float64Array.of(1, 3, 3, 0), 2) // Int32Array [1, 0]
 */
export function argmaxRows(values: Float64Array, K: number): Int32Array {
  const n = K === 0 ? 0 : values.length / K;
  const out = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let k = 0; k < K; k++) {
      const v = values[r * K + k];
      if (Number.isNaN(v)) { best = k; break; }
      if (v > values[r * K + best]) best = k;
    }
    out[r] = best;
  }
  return out;
}
