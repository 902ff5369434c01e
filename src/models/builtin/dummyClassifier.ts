import { RandomState } from '../../cv/randomState.js';
import { multinomialOne } from './multinomialOne.js';

/**
 * The empirical class priors of scikit-learn's `DummyClassifier.fit` (`class_prior_` =
 * bincount(y) / n) for class indices 0..nClasses−1. O(n + K). Throws when y is empty or an index
 * is outside 0..nClasses−1.
 * @example classPriors(Int32Array.of(0, 1, 1, 1), 2) // Float64Array [0.25, 0.75]
 */
export function classPriors(y: Int32Array, nClasses: number): Float64Array {
  if (y.length === 0) throw new Error('cannot compute class priors of 0 labels');
  const counts = new Float64Array(nClasses);
  for (let i = 0; i < y.length; i++) {
    const k = y[i];
    if (!(k >= 0 && k < nClasses)) throw new Error(`class index ${k} at position ${i} is outside 0..${nClasses - 1}`);
    counts[k]++;
  }
  for (let k = 0; k < nClasses; k++) counts[k] /= y.length;
  return counts;
}

/**
 * The class `most_frequent` and `prior` predict: `class_prior_.argmax()` (on a tie, the first class
 * in sorted order). O(K). Throws on an empty prior vector.
 * @example majorityIndex(Float64Array.of(0.4, 0.4, 0.2)) // 0
 */
export function majorityIndex(priors: ArrayLike<number>): number {
  if (priors.length === 0) throw new Error('no classes');
  let best = 0;
  for (let k = 1; k < priors.length; k++) if (priors[k] > priors[best]) best = k;
  return best;
}

/**
 * The classes `DummyClassifier(strategy='stratified', random_state=seed).predict` returns for n
 * inputs: a fresh `RandomState(seed)`, then `multinomial(1, class_prior_, size=n)`, one row per
 * input, each row's 1 giving its class (`predict_proba` is those one-hot rows). Bit-for-bit numpy's
 * draws (see {@link multinomialOne}). The draws depend only on the seed and the row's position.
 * O(n · K). Throws when the seed is not an integer in [0, 2^32 − 1].
 * @example stratifiedDraws(Float64Array.of(0.5, 0.5), 3, 0) // Int32Array [0, 0, 0]
 */
export function stratifiedDraws(priors: ArrayLike<number>, n: number, seed: number): Int32Array {
  const rs = new RandomState(seed);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = multinomialOne(rs, priors);
  return out;
}
