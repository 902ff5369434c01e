import { murmurHash3Words } from './murmurHash3.js';

/** A bucket: the members `pos .. pos + size` of a band's sorted list share one band key. */
export interface LshBucket {
  band: number;
  pos: number;
  size: number;
}

/**
 * LSH banding over MinHash signatures: the signature of item v (`sigs[v·numHashes ..]`) is cut
 * into `bands` bands of `rows` values; a band's key is MurmurHash3 of its values seeded with the
 * band number. Per band, the items are sorted by key (packed with the item number in one float64
 * so that a native numeric sort does it), making each bucket a run of the sorted list. Items with
 * an empty shingle set (`sizes[v] === 0`) are left out. Cost O(n · bands · log n) to build,
 * 8·n·bands bytes. Keys are cut to 53 − ⌈log2 n⌉ bits when n > 2^21 (more false candidates only).
 * @example new LshTable(new Int32Array([5, 5]), new Int32Array([1, 1]), 2, 1, 1, 1).buckets() // [{ band: 0, pos: 0, size: 2 }]
 */
export class LshTable {
  private readonly sorted: Float64Array[] = [];
  private readonly scale: number;
  private readonly shift: number;

  constructor(
    sigs: Int32Array,
    sizes: Int32Array,
    readonly n: number,
    readonly numHashes: number,
    readonly bands: number,
    readonly rows: number,
  ) {
    const bits = Math.max(1, 32 - Math.clz32(n));
    this.scale = 2 ** bits;
    this.shift = Math.max(0, bits - 21);
    let m = 0;
    for (let v = 0; v < n; v++) if (sizes[v] > 0) m++;
    for (let band = 0; band < bands; band++) {
      const list = new Float64Array(m);
      let k = 0;
      for (let v = 0; v < n; v++) {
        if (sizes[v] > 0) list[k++] = this.cut(LshTable.key(sigs, v * numHashes, band, rows)) * this.scale + v;
      }
      this.sorted.push(list.sort());
    }
  }

  /** The key of band `band` of the signature starting at `offset`: an unsigned 32-bit integer. */
  static key(sigs: Int32Array, offset: number, band: number, rows: number): number {
    return murmurHash3Words(sigs, offset + band * rows, rows, band);
  }

  private cut(key: number): number {
    return this.shift === 0 ? key : key >>> this.shift;
  }

  /** Item at position `pos` of band `band`'s sorted list. */
  member(band: number, pos: number): number {
    const p = this.sorted[band][pos];
    return p - Math.floor(p / this.scale) * this.scale;
  }

  /** Every bucket holding two or more items, ordered by size, then band, then position. */
  buckets(): LshBucket[] {
    const out: LshBucket[] = [];
    for (let band = 0; band < this.bands; band++) {
      const list = this.sorted[band];
      let pos = 0;
      while (pos < list.length) {
        const key = Math.floor(list[pos] / this.scale);
        let end = pos + 1;
        while (end < list.length && Math.floor(list[end] / this.scale) === key) end++;
        if (end - pos > 1) out.push({ band, pos, size: end - pos });
        pos = end;
      }
    }
    return out.sort((x, y) => x.size - y.size || x.band - y.band || x.pos - y.pos);
  }

  /** The positions [from, to) of band `band`'s sorted list whose key is `key` (from `LshTable.key`). */
  range(band: number, key: number): [number, number] {
    const list = this.sorted[band];
    const k = this.cut(key) * this.scale;
    const from = lowerBound(list, k);
    return [from, lowerBound(list, k + this.scale, from)];
  }
}

function lowerBound(list: Float64Array, value: number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
