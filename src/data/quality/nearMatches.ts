import { LshTable } from './lshTable.js';
import { MinHasher } from './minHasher.js';
import { minHashSignatures } from './minHashSignatures.js';
import { MAX_BUCKET } from './nearClusters.js';
import type { NearParams } from './nearParams.js';
import { PairVerifier } from './pairVerifier.js';
import { Shingler } from './shingler.js';

/** For each query text: the matching reference text (−1: none) and their exact shingle-set Jaccard (NaN: none). */
export interface NearMatches {
  match: Int32Array;
  jaccard: Float64Array;
  comparisons: number;
  complete: boolean;
}

/**
 * Finds, for each query text, a reference text whose shingle set has exact Jaccard similarity
 * ≥ p.threshold, through an LSH index of the references. Candidates are the references sharing an
 * LSH bucket with the query; from a bucket of more than MAX_BUCKET references (texts sharing a
 * template) only those sharing a second bucket with the query count. Candidates are verified in
 * order of shared buckets (most first, then reference order) until one is confirmed, so the match
 * reported is the most similar by MinHash, not necessarily by exact Jaccard. Stops after
 * `p.maxComparisons` verifications (then `complete` is false). Cost: the signatures of both sets
 * plus O(bands · log n) per query and the verifications. Throws nothing.
 * @example nearMatches(['the quick brown fox jumps'], ['the quick brown fox jumped'], nearParams({ threshold: 0.6 })).match // Int32Array [0]
 */
export function nearMatches(references: readonly string[], queries: readonly string[], p: NearParams): NearMatches {
  const nRef = references.length;
  const texts = [...references, ...queries];
  const shingler = new Shingler(p.shingle, p.shingleSize);
  const { sigs, sizes } = minHashSignatures(texts, shingler, new MinHasher(p.numHashes, p.seed));
  const table = new LshTable(sigs, sizes, nRef, p.numHashes, p.bands, p.rows);
  const verifier = new PairVerifier(texts, sigs, shingler, p.numHashes, p.threshold);
  const match = new Int32Array(queries.length).fill(-1);
  const jaccard = new Float64Array(queries.length).fill(NaN);
  const stamp = new Int32Array(nRef).fill(-1);
  const shared = new Int32Array(nRef);
  const inSmall = new Uint8Array(nRef);
  const seen: number[] = [];
  let complete = true;
  for (let q = 0; q < queries.length && complete; q++) {
    const u = nRef + q;
    if (sizes[u] === 0 || nRef === 0) continue;
    seen.length = 0;
    for (let band = 0; band < p.bands; band++) {
      const [from, to] = table.range(band, LshTable.key(sigs, u * p.numHashes, band, p.rows));
      const small = to - from <= MAX_BUCKET ? 1 : 0;
      for (let pos = from; pos < to; pos++) {
        const v = table.member(band, pos);
        if (stamp[v] !== q) {
          stamp[v] = q;
          shared[v] = 0;
          inSmall[v] = 0;
          seen.push(v);
        }
        shared[v]++;
        inSmall[v] |= small;
      }
    }
    const candidates = seen.filter((v) => inSmall[v] === 1 || shared[v] > 1);
    candidates.sort((a, b) => shared[b] - shared[a] || a - b);
    for (const v of candidates) {
      if (verifier.comparisons >= p.maxComparisons) {
        complete = false;
        break;
      }
      const j = verifier.verify(v, u);
      if (j >= 0) {
        match[q] = v;
        jaccard[q] = j;
        break;
      }
    }
  }
  return { match, jaccard, comparisons: verifier.comparisons, complete };
}
