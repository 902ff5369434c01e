import { pairwiseSum } from '../stats/pairwiseSum.js';

/**
 * `np.std` (ddof 0) of `a[lo .. lo+n)` as numpy computes it along a contiguous axis: mean by
 * pairwise sum / n, squared deviations, pairwise sum / n, square root. `scratch` needs n slots.
 * With `sequential`, sums run in plain index order instead (numpy's order when it reduces the
 * outer axis of a 2-D array with more than one column). O(n).
 * @example numpyStd(Float64Array.of(1, 2, 3, 4), 0, 4, new Float64Array(4)) // 1.118033988749895
 */
export function numpyStd(a: ArrayLike<number>, lo: number, n: number, scratch: Float64Array, sequential = false): number {
  const mean = sumOf(a, lo, n, sequential) / n;
  for (let i = 0; i < n; i++) {
    const d = a[lo + i] - mean;
    scratch[i] = d * d;
  }
  return Math.sqrt(sumOf(scratch, 0, n, sequential) / n);
}

function sumOf(a: ArrayLike<number>, lo: number, n: number, sequential: boolean): number {
  if (!sequential) return pairwiseSum(a, lo, n);
  let s = 0;
  for (let i = lo; i < lo + n; i++) s += a[i];
  return s;
}

/** `np.isclose(a, b)` with the default rtol 1e-5 and atol 1e-8 (infinities equal only to themselves). */
export function isClose(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}
