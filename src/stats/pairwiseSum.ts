/**
 * Sum of `values[start .. start+length)` in exactly the order numpy's `np.sum` uses for a
 * contiguous float64 array (pairwise summation: plain loop below 8 elements, 8 interleaved
 * accumulators up to 128, recursive halving on multiples of 8 above), so averaged metrics
 * reproduce scikit-learn bit for bit. O(length), no allocation. Throws nothing.
 *
 * @example pairwiseSum([0.1, 0.2, 0.3]) // 0.6000000000000001
 */
export function pairwiseSum(values: ArrayLike<number>, start = 0, length = values.length - start): number {
  return 0 + block(values, start, length);
}

function block(a: ArrayLike<number>, lo: number, n: number): number {
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
      const k = lo + i;
      r0 += a[k]; r1 += a[k + 1]; r2 += a[k + 2]; r3 += a[k + 3];
      r4 += a[k + 4]; r5 += a[k + 5]; r6 += a[k + 6]; r7 += a[k + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += a[lo + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return block(a, lo, n2) + block(a, lo + n2, n - n2);
}
