/**
 * An append-mostly index from 32-bit hashes to entry numbers, kept as sorted runs merged like a
 * binary counter (a tiny log-structured merge tree). Adding costs sequential work only
 * (O(log n) amortised merge passes, no random memory access), which beats a hash table when
 * entries are many and lookups are rare; a lookup is one binary search per run (O(log² n)).
 * Example: `r.addRun(new Uint32Array([5, 9]), new Int32Array([0, 1]))`; `r.find(9, (k) => true)` → `1`.
 */
export class HashRuns {
  private keys: Uint32Array[] = [];
  private vals: Int32Array[] = [];

  /** Adds a run: `keys` sorted ascending, `vals[i]` the entry number of `keys[i]`. */
  addRun(keys: Uint32Array, vals: Int32Array): void {
    this.keys.push(keys);
    this.vals.push(vals);
    let n = this.keys.length;
    while (n >= 2 && this.keys[n - 2].length <= 2 * this.keys[n - 1].length) {
      const [k, v] = merge(this.keys[n - 2], this.vals[n - 2], this.keys[n - 1], this.vals[n - 1]);
      this.keys.splice(n - 2, 2, k);
      this.vals.splice(n - 2, 2, v);
      n--;
    }
  }

  /** The first entry number with hash `h` (unsigned) for which `accept` is true, or -1. */
  find(h: number, accept: (entry: number) => boolean): number {
    for (let r = 0; r < this.keys.length; r++) {
      const keys = this.keys[r];
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keys[mid] < h) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < keys.length && keys[i] === h; i++) {
        if (accept(this.vals[r][i])) return this.vals[r][i];
      }
    }
    return -1;
  }
}

function merge(ka: Uint32Array, va: Int32Array, kb: Uint32Array, vb: Int32Array): [Uint32Array, Int32Array] {
  const n = ka.length + kb.length;
  const k = new Uint32Array(n);
  const v = new Int32Array(n);
  let i = 0;
  let j = 0;
  for (let o = 0; o < n; o++) {
    if (j >= kb.length || (i < ka.length && ka[i] <= kb[j])) {
      k[o] = ka[i];
      v[o] = va[i++];
    } else {
      k[o] = kb[j];
      v[o] = vb[j++];
    }
  }
  return [k, v];
}
