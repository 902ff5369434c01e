import { jaccard, sortedJaccard, sortedUnique } from './jaccard.js';
import type { Shingler } from './shingler.js';

const SET_CACHE = 4096;

/**
 * Confirms candidate pairs of texts against a Jaccard threshold, cheapest test first:
 * 1. the MinHash estimate (agreeing signature positions): pairs agreeing on fewer than
 *    k·t − 5·√(k·t·(1 − t)) of k positions are rejected (about 5 standard errors below the
 *    threshold t: a pair at or above t is lost with probability below 1e-6);
 * 2. the Jaccard of the 32-bit shingle-hash sets (cached per text): rejected when below
 *    t − max(0.05, 2 / union), a margin no plausible number of hash collisions can bridge;
 * 3. the exact Jaccard of the shingle strings, which alone decides and is what is reported.
 * Cost per pair: O(k), then O(shingles) merges, then O(shingles) string-set lookups.
 * @example // sigs = minHashSignatures(texts, shingler, new MinHasher(64, 0)).sigs, shingler = new Shingler('char', 5)
 * new PairVerifier(['abcdef', 'abcdeg'], sigs, shingler, 64, 0.2).verify(0, 1) // 0.3333333333333333 (1 of 3 shingles shared)
 */
export class PairVerifier {
  /** Pairs given to {@link verify} so far. */
  comparisons = 0;
  private readonly minAgree: number;
  private readonly hashSets: (Int32Array | undefined)[] = [];
  private readonly stringSets = new Map<number, Set<string>>();

  constructor(
    private readonly texts: readonly string[],
    private readonly sigs: Int32Array,
    private readonly shingler: Shingler,
    private readonly numHashes: number,
    private readonly threshold: number,
  ) {
    const k = numHashes;
    const t = threshold;
    this.minAgree = Math.max(0, Math.floor(k * t - 5 * Math.sqrt(k * t * (1 - t))));
  }

  /** The exact shingle-set Jaccard of texts x and y when it is ≥ the threshold, otherwise −1. */
  verify(x: number, y: number): number {
    this.comparisons++;
    const k = this.numHashes;
    const sigs = this.sigs;
    let misses = k - this.minAgree; // disagreements still allowed
    for (let i = 0, ox = x * k, oy = y * k; i < k; i++) if (sigs[ox + i] !== sigs[oy + i] && --misses < 0) return -1;
    const hashed = sortedJaccard(this.hashSet(x), this.hashSet(y));
    if (hashed.jaccard < this.threshold - Math.max(0.05, 2 / hashed.union)) return -1;
    const j = jaccard(this.stringSet(x), this.stringSet(y));
    return j >= this.threshold ? j : -1;
  }

  private hashSet(v: number): Int32Array {
    let set = this.hashSets[v];
    if (set === undefined) {
      const count = this.shingler.hash(this.texts[v]);
      set = sortedUnique(this.shingler.hashes, count);
      this.hashSets[v] = set;
    }
    return set;
  }

  private stringSet(v: number): Set<string> {
    let set = this.stringSets.get(v);
    if (set === undefined) {
      if (this.stringSets.size >= SET_CACHE) this.stringSets.clear();
      set = this.shingler.set(this.texts[v]);
      this.stringSets.set(v, set);
    }
    return set;
  }
}
