import { BloomFilter } from './bloomFilter.js';
import { HashRuns } from './hashRuns.js';

const TAIL = 1024; // newest entries, scanned linearly until sorted into a run

/**
 * A set of id strings remembering the line each was first added on, built for millions of
 * mostly distinct ids. The characters go to one Uint16Array arena (no JS strings held, so the
 * garbage collector never sees them); a {@link BloomFilter} answers most "is it new?" questions
 * from cache; only its rare "maybe" falls through to an exact search of the newest entries and
 * of sorted {@link HashRuns}. No random access into a large table per id: a `Set<string>` of a
 * million fresh ids costs several times more when interleaved with parsing.
 * Cost: O(id length) per call, amortised O(log n) sequential merge work; ~30 bytes + 2/char per id.
 * Example: `s.add('a', 3)` → `true`; `s.add('a', 9)` → `false`; `s.lineOf('a')` → `3`.
 */
export class IdSet {
  private count = 0;
  private sorted = 0; // entries [0, sorted) are in runs; the rest form the tail
  private starts = new Int32Array(TAIL + 1); // id k spans chars[starts[k] .. starts[k+1])
  private lines = new Int32Array(TAIL);
  private h1s = new Int32Array(TAIL);
  private h2s = new Int32Array(TAIL);
  private chars = new Uint16Array(16 * TAIL);
  private runs = new HashRuns();
  private capacity = 4 * TAIL; // ids the filter is sized for
  private bloom = new BloomFilter(Math.log2(16 * this.capacity));
  // Scratch for the id being looked at: written by `hash`, its characters at chars[starts[count]...].
  private h1 = 0;
  private h2 = 0;
  private len = 0;

  /** Number of ids held. */
  get size(): number {
    return this.count;
  }

  /** Adds `id` taken on `line`; false (and nothing changes) when it is already held. */
  add(id: string, line: number): boolean {
    this.hash(id);
    if (this.bloom.mightHave(this.h1, this.h2) && this.indexOf() >= 0) return false;
    const k = this.count;
    if (k + 1 >= this.lines.length) this.growIds();
    this.starts[k + 1] = this.starts[k] + this.len;
    this.lines[k] = line;
    this.h1s[k] = this.h1;
    this.h2s[k] = this.h2;
    this.bloom.add(this.h1, this.h2);
    this.count = k + 1;
    if (this.count - this.sorted === TAIL) this.sortTail();
    if (this.count > this.capacity) this.growBloom();
    return true;
  }

  /** True when `id` is held. */
  has(id: string): boolean {
    this.hash(id);
    return this.bloom.mightHave(this.h1, this.h2) && this.indexOf() >= 0;
  }

  /** The line `id` was added on, or 0 when it is not held. */
  lineOf(id: string): number {
    this.hash(id);
    const k = this.indexOf();
    return k < 0 ? 0 : this.lines[k];
  }

  /** Copies `id` to the free end of the arena while computing two FNV-1a style hashes. */
  private hash(id: string): void {
    const len = id.length;
    const base = this.starts[this.count];
    if (base + len > this.chars.length) {
      const chars = new Uint16Array(Math.max(2 * this.chars.length, base + len));
      chars.set(this.chars.subarray(0, base));
      this.chars = chars;
    }
    const chars = this.chars;
    let a = 0x811c9dc5 | 0;
    let b = 0x5bd1e995 | 0;
    for (let i = 0; i < len; i++) {
      const c = id.charCodeAt(i);
      chars[base + i] = c;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x2c1b3c6d) ^ (b >>> 15);
    }
    this.h1 = a;
    this.h2 = b;
    this.len = len;
  }

  /** Index of the held id equal to the scratch id, or -1. */
  private indexOf(): number {
    const h1 = this.h1;
    for (let k = this.sorted; k < this.count; k++) {
      if (this.h1s[k] === h1 && this.sameAs(k)) return k;
    }
    return this.runs.find(h1 >>> 0, (k) => this.sameAs(k));
  }

  private sameAs(k: number): boolean {
    const a = this.starts[k];
    const len = this.len;
    if (this.starts[k + 1] - a !== len) return false;
    const chars = this.chars;
    const base = this.starts[this.count];
    for (let j = 0; j < len; j++) if (chars[a + j] !== chars[base + j]) return false;
    return true;
  }

  private sortTail(): void {
    const n = this.count - this.sorted;
    const packed = new Float64Array(n); // hash · TAIL + offset: exact below 2^42
    for (let i = 0; i < n; i++) packed[i] = (this.h1s[this.sorted + i] >>> 0) * TAIL + i;
    packed.sort();
    const keys = new Uint32Array(n);
    const vals = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const off = packed[i] % TAIL;
      keys[i] = (packed[i] - off) / TAIL;
      vals[i] = this.sorted + off;
    }
    this.runs.addRun(keys, vals);
    this.sorted = this.count;
  }

  private growIds(): void {
    const grow = <T extends Int32Array>(a: T, extra = 0): Int32Array => {
      const b = new Int32Array(2 * (a.length - extra) + extra);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, 1);
    this.lines = grow(this.lines);
    this.h1s = grow(this.h1s);
    this.h2s = grow(this.h2s);
  }

  private growBloom(): void {
    this.capacity *= 2;
    this.bloom = new BloomFilter(Math.log2(16 * this.capacity));
    for (let k = 0; k < this.count; k++) this.bloom.add(this.h1s[k], this.h2s[k]);
  }
}
