/**
 * A set of id strings remembering the line each was first added on, built for millions of ids:
 * open addressing (linear probing, load ≤ 1/2) over one Int32Array of [hash, 1 + index] pairs,
 * with the characters copied into one Uint16Array arena. Holding no JS strings keeps it out of
 * the garbage collector's way: in a JSONL read, a `Set<string>` of a million freshly parsed ids
 * cost about twice as much as this (promotion of every id string, plus its table).
 * Cost: O(id length) per call plus amortised O(1) probing; about 2·length + 24 bytes per id.
 * Example: `s.add('a', 3)` → `true`; `s.add('a', 9)` → `false`; `s.lineOf('a')` → `3`.
 */
export class IdSet {
  private table = new Int32Array(2 << 12); // per slot: [hash, 1 + id index]; index 0 = empty
  private mask = (1 << 12) - 1;
  private count = 0;
  private starts = new Int32Array(1 << 11); // id k spans chars[starts[k] .. starts[k+1])
  private lines = new Int32Array(1 << 11);
  private chars = new Uint16Array(1 << 15);

  /** Number of ids held. */
  get size(): number {
    return this.count;
  }

  /** Adds `id` taken on `line`; false (and nothing changes) when it is already held. */
  add(id: string, line: number): boolean {
    const slot = this.find(id, true);
    if (slot < 0) return false;
    const k = this.count++;
    if (k + 1 >= this.starts.length) this.resizeIds(this.starts.length * 2);
    this.starts[k + 1] = this.starts[k] + id.length;
    this.lines[k] = line;
    this.table[slot + 1] = k + 1;
    if (this.count * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    return true;
  }

  /** True when `id` is held. */
  has(id: string): boolean {
    return this.find(id, false) < 0;
  }

  /** The line `id` was added on, or 0 when it is not held. */
  lineOf(id: string): number {
    const slot = this.find(id, false);
    return slot < 0 ? this.lines[-slot - 1] : 0;
  }

  /**
   * Copies `id` to the free end of the arena while hashing it (FNV-1a), then probes.
   * Returns the free slot's table offset (with its hash written when `claim`) if `id` is
   * absent, or `-(1 + index)` if it is held.
   */
  private find(id: string, claim: boolean): number {
    const len = id.length;
    const base = this.starts[this.count];
    if (base + len > this.chars.length) this.growChars(base + len);
    const chars = this.chars;
    let h = 0x811c9dc5 | 0; // int32, as stored in the table
    for (let i = 0; i < len; i++) {
      const c = id.charCodeAt(i);
      chars[base + i] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const table = this.table;
    const starts = this.starts;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = table[2 * i + 1] - 1;
      if (k < 0) {
        if (claim) table[2 * i] = h;
        return 2 * i;
      }
      if (table[2 * i] !== h) continue;
      const a = starts[k];
      if (starts[k + 1] - a !== len) continue;
      let j = 0;
      while (j < len && chars[a + j] === chars[base + j]) j++;
      if (j === len) return -(k + 1);
    }
  }

  private rehash(size: number): void {
    const mask = size - 1;
    const old = this.table;
    const table = new Int32Array(2 * size);
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let i = old[s] & mask;
      while (table[2 * i + 1] !== 0) i = (i + 1) & mask;
      table[2 * i] = old[s];
      table[2 * i + 1] = old[s + 1];
    }
    this.table = table;
    this.mask = mask;
  }

  private resizeIds(length: number): void {
    const starts = new Int32Array(length);
    starts.set(this.starts);
    this.starts = starts;
    const lines = new Int32Array(length);
    lines.set(this.lines);
    this.lines = lines;
  }

  private growChars(needed: number): void {
    if (needed <= this.chars.length) return;
    const chars = new Uint16Array(Math.max(this.chars.length * 2, needed));
    chars.set(this.chars.subarray(0, this.starts[this.count]));
    this.chars = chars;
  }
}
