/**
 * Stable descending order of finite scores: the permutation `numpy` produces with
 * `argsort(y_score, stable=True, descending=True)` as scikit-learn 1.9 calls it (larger scores
 * first, tied scores keep their original order; -0 ties with 0). When `subset` is given only those
 * indices are ordered (in the same sense).
 *
 * Cost: O(n) LSD radix sort on the IEEE-754 bits (four 16-bit passes, passes skipped when one
 * bucket holds everything) above 1,024 elements; a comparison sort below. No validation: scores
 * must be finite.
 *
 * @example descendingOrder(Float64Array.of(0.2, 0.9, 0.2)) // Uint32Array [1, 0, 2]
 */
export function descendingOrder(scores: Float64Array, subset?: Uint32Array): Uint32Array {
  const n = subset ? subset.length : scores.length;
  if (n <= 1024 || !LITTLE_ENDIAN) {
    const idx = subset ? subset.slice() : identity(n);
    const arr = Array.from(idx);
    arr.sort((a, b) => scores[b] - scores[a] || a - b);
    return Uint32Array.from(arr);
  }
  return radixDescending(scores, subset, n);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function identity(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

function radixDescending(scores: Float64Array, subset: Uint32Array | undefined, n: number): Uint32Array {
  const f = new Float64Array(n);
  const idx = subset ? subset.slice() : identity(n);
  for (let i = 0; i < n; i++) f[i] = scores[idx[i]] + 0; // -0 → +0
  const bits = new Uint32Array(f.buffer);
  let lo: Uint32Array = new Uint32Array(n);
  let hi: Uint32Array = new Uint32Array(n);
  // Keys ascending in the order wanted: larger floats get smaller keys.
  for (let i = 0; i < n; i++) {
    const l = bits[2 * i];
    const h = bits[2 * i + 1];
    if (h & 0x80000000) {
      lo[i] = l;
      hi[i] = h;
    } else {
      lo[i] = ~l >>> 0;
      hi[i] = (h ^ 0x7fffffff) >>> 0;
    }
  }
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    counts[lo[i] & 0xffff]++;
    counts[65536 + (lo[i] >>> 16)]++;
    counts[131072 + (hi[i] & 0xffff)]++;
    counts[196608 + (hi[i] >>> 16)]++;
  }
  let idx2: Uint32Array = new Uint32Array(n);
  let lo2: Uint32Array = new Uint32Array(n);
  let hi2: Uint32Array = new Uint32Array(n);
  let cur: Uint32Array = idx;
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    let skip = false;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      if (c === n) skip = true;
      counts[base + d] = sum;
      sum += c;
    }
    if (skip) continue;
    const shift = pass & 1 ? 16 : 0;
    const key = pass < 2 ? lo : hi;
    for (let i = 0; i < n; i++) {
      const d = (key[i] >>> shift) & 0xffff;
      const at = counts[base + d]++;
      idx2[at] = cur[i];
      lo2[at] = lo[i];
      hi2[at] = hi[i];
    }
    [cur, idx2] = [idx2, cur];
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  return cur;
}
