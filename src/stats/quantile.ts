/**
 * The q-quantile of an ascending-sorted sample, exactly numpy's default `np.quantile(a, q)`
 * (method 'linear', Hyndman & Fan type 7): h = (n − 1)·q, i = ⌊h⌋, t = h − i, then numpy's `_lerp`:
 * a + (b − a)·t when t < 0.5, b − (b − a)·(1 − t) otherwise (so the result is bit-identical).
 * `np.percentile(a, P)` is `np.quantile(a, P / 100)`. Cost O(1); the caller sorts (O(n log n)).
 * Throws on an empty sample or q outside [0, 1] (numpy: "Quantiles must be in the range [0, 1]").
 * NaN values are not allowed in `sorted` (the result would be meaningless; numpy returns NaN).
 * @example quantileSorted([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('quantileSorted: the sample is empty');
  if (!(q >= 0 && q <= 1)) throw new Error(`Quantiles must be in the range [0, 1] (got ${q})`);
  const h = (n - 1) * q;
  if (h >= n - 1) return sorted[n - 1];
  const i = Math.floor(h);
  const t = h - i;
  const a = sorted[i];
  const b = sorted[i + 1];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
