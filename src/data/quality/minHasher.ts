import { RandomState } from '../../cv/randomState.js';
import { seedFrom } from '../../cv/seedFrom.js';

/**
 * MinHash signatures with `numHashes` hash functions h_i(x) = (a_i·x + b_i) mod 2^32 over 32-bit
 * shingle hashes x, with a_i odd (so each h_i permutes the 32-bit values) and a_i, b_i drawn from
 * `new RandomState(seedFrom(seed, 'minhash'))` (a_i = draw | 1, then b_i = draw, alternating).
 * Two sets' signatures agree at position i with probability ≈ their Jaccard similarity.
 * Values are stored as int32 with the top bit flipped, so signed order equals unsigned order.
 * Cost O(numHashes · shingles) per signature, no allocation. The constructor throws when the
 * seed is not an integer in [0, 2^32 − 1] or numHashes is not a positive integer.
 * @example new MinHasher(2, 0).numHashes // 2
 */
export class MinHasher {
  private readonly a: Int32Array;
  private readonly b: Int32Array;

  constructor(
    readonly numHashes: number,
    seed: number,
  ) {
    if (!Number.isInteger(numHashes) || numHashes < 1) throw new Error(`numHashes must be a positive integer (got ${numHashes})`);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be an integer between 0 and 2**32 - 1 (got ${seed})`);
    const rs = new RandomState(seedFrom(seed, 'minhash'));
    this.a = new Int32Array(numHashes);
    this.b = new Int32Array(numHashes);
    for (let i = 0; i < numHashes; i++) {
      this.a[i] = rs.nextUint32() | 1;
      this.b[i] = rs.nextUint32() ^ 0x80000000; // + 2^31 (mod 2^32): signed compare = unsigned compare of a·x + b
    }
  }

  /**
   * Writes the signature of the set `hashes[0 .. count)` (repeats do not matter) to
   * `out[offset .. offset + numHashes)`: the minimum of each h_i. An empty set gives 0x7fffffff everywhere.
   */
  signature(hashes: Int32Array, count: number, out: Int32Array, offset: number): void {
    const { a, b, numHashes } = this;
    let i = 0;
    // Four functions per pass over the shingles: the shingle is loaded once for four products.
    for (; i + 4 <= numHashes; i += 4) {
      const a0 = a[i], b0 = b[i], a1 = a[i + 1], b1 = b[i + 1];
      const a2 = a[i + 2], b2 = b[i + 2], a3 = a[i + 3], b3 = b[i + 3];
      let m0 = 0x7fffffff, m1 = m0, m2 = m0, m3 = m0;
      for (let s = 0; s < count; s++) {
        const x = hashes[s];
        const v0 = (Math.imul(a0, x) + b0) | 0;
        const v1 = (Math.imul(a1, x) + b1) | 0;
        const v2 = (Math.imul(a2, x) + b2) | 0;
        const v3 = (Math.imul(a3, x) + b3) | 0;
        m0 = v0 < m0 ? v0 : m0;
        m1 = v1 < m1 ? v1 : m1;
        m2 = v2 < m2 ? v2 : m2;
        m3 = v3 < m3 ? v3 : m3;
      }
      out[offset + i] = m0;
      out[offset + i + 1] = m1;
      out[offset + i + 2] = m2;
      out[offset + i + 3] = m3;
    }
    for (; i < numHashes; i++) {
      const ai = a[i], bi = b[i];
      let min = 0x7fffffff;
      for (let s = 0; s < count; s++) {
        const v = (Math.imul(ai, hashes[s]) + bi) | 0;
        min = v < min ? v : min;
      }
      out[offset + i] = min;
    }
  }
}
