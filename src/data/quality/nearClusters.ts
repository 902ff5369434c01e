import { LshTable } from './lshTable.js';
import type { NearParams } from './nearParams.js';
import type { PairVerifier } from './pairVerifier.js';
import { UnionFind } from './unionFind.js';

/** A confirmed near-duplicate pair of texts (x < y) with its exact Jaccard similarity. */
export interface NearEdge {
  x: number;
  y: number;
  jaccard: number;
}

/** A bucket larger than this whose pairs keep failing is split by the next band's key. */
export const MAX_BUCKET = 128;
/** Rejected pairs allowed per member of a large bucket before it is split. */
export const MAX_FAILURES = 4;

/**
 * Single-linkage clusters of near-duplicate texts from LSH buckets. Buckets are taken smallest
 * first; inside a bucket only pairs across two current clusters are examined (a pair already
 * linked is not), and a pair that shared an earlier, fully examined bucket is not examined again.
 * A bucket of more than {@link MAX_BUCKET} texts whose pairs keep failing (more than
 * {@link MAX_FAILURES} rejections per member: texts sharing a long template, such as a fixed
 * prompt prefix, but otherwise different) is split by the key of the next band, recursively, so
 * only pairs that also share that band are examined there; a large bucket of true near-duplicates
 * links up with few rejections and is examined whole. Stops after `p.maxComparisons` verifications.
 * Cost: O(bands) per candidate pair plus the verifications. Throws nothing.
 * @example // table, sigs and verifier built over ['the quick brown fox jumps', 'the quick brown fox jumped']:
 * nearClusters(table, sigs, 2, nearParams(), verifier).edges // [{ x: 0, y: 1, jaccard: 0.8695652173913043 }]
 */
export function nearClusters(
  table: LshTable,
  sigs: Int32Array,
  n: number,
  p: NearParams,
  verifier: PairVerifier,
): { uf: UnionFind; edges: NearEdge[]; complete: boolean } {
  const buckets = table.buckets();
  // rank[band · n + v]: the rank of v's bucket in that band (−1: none, or split), to examine each pair once.
  const rank = new Int32Array(p.bands * n).fill(-1);
  buckets.forEach((b, r) => {
    for (let q = b.pos; q < b.pos + b.size; q++) rank[b.band * n + table.member(b.band, q)] = r;
  });
  const uf = new UnionFind(n);
  const edges: NearEdge[] = [];
  let complete = true;

  const seenBefore = (x: number, y: number, r: number): boolean => {
    for (let band = 0, o = 0; band < p.bands; band++, o += n) {
      const rx = rank[o + x];
      if (rx >= 0 && rx < r && rx === rank[o + y]) return true;
    }
    return false;
  };

  /** Examines the cross-cluster pairs of `members`; false when more than `maxFailures` were rejected. */
  const examinePairs = (members: number[], r: number, maxFailures: number): boolean => {
    // Members grouped by their current cluster: only pairs across two clusters need examining.
    const root = new Map<number, number>();
    for (const v of members) root.set(v, uf.find(v));
    const sorted = [...members].sort((u, v) => root.get(u)! - root.get(v)! || u - v);
    let failures = 0;
    for (let s = 0; s < sorted.length; ) {
      let e = s + 1;
      while (e < sorted.length && root.get(sorted[e]) === root.get(sorted[s])) e++;
      for (let t = e; t < sorted.length; ) {
        let f = t + 1;
        while (f < sorted.length && root.get(sorted[f]) === root.get(sorted[t])) f++;
        pairs: for (let i = s; i < e; i++) {
          for (let j = t; j < f; j++) {
            const x = Math.min(sorted[i], sorted[j]);
            const y = Math.max(sorted[i], sorted[j]);
            if (uf.find(x) === uf.find(y)) break pairs;
            if (seenBefore(x, y, r)) continue;
            if (verifier.comparisons >= p.maxComparisons) {
              complete = false;
              return true;
            }
            const jaccard = verifier.verify(x, y);
            if (jaccard >= 0) {
              uf.union(x, y);
              edges.push({ x, y, jaccard });
            } else if (++failures > maxFailures) return false;
          }
        }
        t = f;
      }
      s = e;
    }
    return true;
  };

  /** Examines a bucket; a large one whose pairs keep failing is split by the next band's key. */
  const examine = (members: number[], band: number, r: number, depth: number): void => {
    const large = members.length > MAX_BUCKET && depth < p.bands - 1;
    if (examinePairs(members, r, large ? MAX_FAILURES * members.length : Infinity) || !complete) return;
    if (depth === 0) for (const v of members) rank[band * n + v] = -1; // not every pair was examined here
    const next = (band + depth + 1) % p.bands;
    const groups = new Map<number, number[]>();
    for (const v of members) {
      const key = LshTable.key(sigs, v * p.numHashes, next, p.rows);
      const group = groups.get(key);
      if (group) group.push(v);
      else groups.set(key, [v]);
    }
    for (const group of groups.values()) if (group.length > 1 && complete) examine(group, band, r, depth + 1);
  };

  const members: number[] = [];
  for (let r = 0; r < buckets.length && complete; r++) {
    const b = buckets[r];
    members.length = 0;
    for (let q = b.pos; q < b.pos + b.size; q++) members.push(table.member(b.band, q));
    examine(members, b.band, r, 0);
  }
  return { uf, edges, complete };
}
