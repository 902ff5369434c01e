const PROBES = 6;

/**
 * A Bloom filter over pairs of 32-bit hashes (double hashing `h1 + i·h2`, 6 probes).
 * `mightHave` is false only for values never added; sized at 16 bits per expected value it
 * answers wrongly "maybe" for about 0.1 % of new values, and stays small enough to sit in cache,
 * which is the point: most lookups of a large id set end here, without a cache miss.
 * Cost: 6 bit reads or writes per call.
 * Example: after `f.add(1, 3)`, `f.mightHave(1, 3)` → `true`; `f.mightHave(2, 5)` → most likely `false`.
 */
export class BloomFilter {
  private readonly words: Int32Array;
  private readonly mask: number;

  /** A filter of 2^log2Bits bits (at least 2^5). */
  constructor(log2Bits: number) {
    const bits = 2 ** Math.max(5, log2Bits);
    this.words = new Int32Array(bits / 32);
    this.mask = bits - 1;
  }

  /** Records the value hashed to (h1, h2). */
  add(h1: number, h2: number): void {
    const w = this.words;
    const step = h2 | 1;
    for (let i = 0; i < PROBES; i++) {
      const p = (h1 + Math.imul(i, step)) & this.mask;
      w[p >>> 5] |= 1 << (p & 31);
    }
  }

  /** False when the value hashed to (h1, h2) was certainly never added. */
  mightHave(h1: number, h2: number): boolean {
    const w = this.words;
    const step = h2 | 1;
    for (let i = 0; i < PROBES; i++) {
      const p = (h1 + Math.imul(i, step)) & this.mask;
      if ((w[p >>> 5] & (1 << (p & 31))) === 0) return false;
    }
    return true;
  }
}
