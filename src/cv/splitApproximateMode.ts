import type { RandomState } from './randomState.js';

/**
 * scikit-learn's `_approximate_mode(class_counts, n_draws, rng)` (sklearn.utils.extmath): the
 * floor of counts/total·draws, then one more for the classes with the largest remainders,
 * ties among equal remainders broken by `rng.choice(..., replace=False)` (legacy numpy: the first
 * draws of `permutation(len)`), which consumes draws even when every tied class is taken.
 * Returns per-class draws summing to `draws`. Cost O(C log C) plus the permutations. Throws nothing.
 * @example approximateMode(Int32Array.of(2, 2, 2, 1), 2, new RandomState(42)) // Int32Array [1, 1, 0, 0]
 */
export function approximateMode(counts: ArrayLike<number>, draws: number, rng: RandomState): Int32Array {
  const C = counts.length;
  let total = 0;
  for (let c = 0; c < C; c++) total += counts[c];
  const floored = new Int32Array(C);
  const remainder = new Float64Array(C);
  let flooredSum = 0;
  for (let c = 0; c < C; c++) {
    const continuous = (counts[c] / total) * draws;
    const f = Math.floor(continuous);
    floored[c] = f;
    remainder[c] = continuous - f;
    flooredSum += f;
  }
  let need = draws - flooredSum;
  if (need > 0) {
    const values = [...new Set(remainder)].sort((a, b) => b - a);
    for (const value of values) {
      const inds: number[] = [];
      for (let c = 0; c < C; c++) if (remainder[c] === value) inds.push(c);
      const addNow = Math.min(inds.length, need);
      const perm = rng.permutation(inds.length);
      for (let j = 0; j < addNow; j++) floored[inds[perm[j]]]++;
      need -= addNow;
      if (need === 0) break;
    }
  }
  return floored;
}
