/**
 * Sum of `a[lo .. lo+n)` in numpy's order for a contiguous float64 reduction (pairwise: a plain
 * loop below 8 elements, 8 interleaved accumulators up to 128, halving on multiples of 8 above),
 * so float results match numpy bit for bit. O(n), no allocation.
 * @example pairwiseSum(Float64Array.of(0.1, 0.2, 0.3), 0, 3) // 0.6000000000000001
 */
export function pairwiseSum(a: ArrayLike<number>, lo: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = lo; i < lo + n; i++) res += a[i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[lo], r1 = a[lo + 1], r2 = a[lo + 2], r3 = a[lo + 3];
    let r4 = a[lo + 4], r5 = a[lo + 5], r6 = a[lo + 6], r7 = a[lo + 7];
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const j = lo + i;
      r0 += a[j]; r1 += a[j + 1]; r2 += a[j + 2]; r3 += a[j + 3];
      r4 += a[j + 4]; r5 += a[j + 5]; r6 += a[j + 6]; r7 += a[j + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += a[lo + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, lo, n2) + pairwiseSum(a, lo + n2, n - n2);
}

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
