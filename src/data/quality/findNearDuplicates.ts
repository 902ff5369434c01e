import type { MetricWarning } from '../../metrics/types.js';
import type { Example } from '../example.js';
import { groupInputs, refsOf } from './inputGroups.js';
import { LshTable } from './lshTable.js';
import { MinHasher } from './minHasher.js';
import { minHashSignatures } from './minHashSignatures.js';
import { nearParams, type NearOptions, type NearParams } from './nearParams.js';
import type { NormalizeOptions } from './normalizeText.js';
import { PairVerifier } from './pairVerifier.js';
import { nearClusters, type NearEdge } from './nearClusters.js';
import { qualityResult, type QualityFinding, type QualityResult } from './qualityResult.js';
import { Shingler } from './shingler.js';
import type { UnionFind } from './unionFind.js';

/** Options of {@link findNearDuplicates}. */
export interface NearDuplicatesOptions extends NearOptions {
  /** How inputs are normalized before shingling (defaults: NFKC, case folding, whitespace collapsing). */
  normalize?: NormalizeOptions;
  /** Most findings listed (default 1000); the figures count all of them. */
  maxFindings?: number;
}

/** Two near-duplicate texts, each shown by its first example, with their exact shingle-set Jaccard. */
export interface NearPair extends QualityFinding {
  jaccard: number;
}

/**
 * A cluster of distinct (after normalization) but near-identical inputs: every example holding one
 * of them, how many distinct texts it joins, and the confirmed pairs that link them (a spanning
 * tree: pairs inside an already linked cluster are not examined again).
 */
export interface NearDuplicateFinding extends QualityFinding {
  texts: number;
  pairs: NearPair[];
}

/**
 * `count`: Σ (distinct texts in a cluster − 1), the examples a near-deduplication would drop on
 * top of exact deduplication (also the number of linking pairs); `total`: examples with an input;
 * `clusters`: clusters of two or more distinct texts.
 * `params` records the search settings (seed included); `complete` is false when the search
 * stopped at `maxComparisons` (then a `near-duplicates-incomplete` warning says so).
 */
export interface NearDuplicatesResult extends QualityResult<'near_duplicates', NearDuplicateFinding, { clusters: number }> {
  params: NearParams;
  comparisons: number;
  complete: boolean;
}

/**
 * Near-duplicates: inputs that are not equal after normalization but whose shingle sets have an
 * exact Jaccard similarity ≥ threshold (default 0.8). Exact duplicates are merged first (see
 * findDuplicates); each distinct normalized text gets a MinHash signature, LSH banding proposes
 * candidate pairs (buckets taken smallest first, each pair examined once), and each candidate is
 * confirmed on the exact shingle sets; confirmed pairs are joined into clusters (single linkage,
 * see nearClusters). A pair at the threshold is missed with probability about 1 − lshRecall
 * (0.02% with the defaults, less above it). Deterministic for a given seed. Cost:
 * O(numHashes · total shingles) for the signatures plus the candidates: about 2.5 s of CPU for
 * 100,000 texts of 200 characters with the defaults.
 * Throws on invalid options (see nearParams).
 * @example findNearDuplicates([{ id: 'a', line: 1, input: 'the quick brown fox jumps' }, { id: 'b', line: 2, input: 'the quick brown fox jumped' }], { threshold: 0.6 }).count // 1
 */
export function findNearDuplicates(examples: readonly Example[], options: NearDuplicatesOptions = {}): NearDuplicatesResult {
  const p = nearParams(options);
  const g = groupInputs(examples, options.normalize);
  const n = g.texts.length;
  const shingler = new Shingler(p.shingle, p.shingleSize);
  const { sigs, sizes } = minHashSignatures(g.texts, shingler, new MinHasher(p.numHashes, p.seed));
  const table = new LshTable(sigs, sizes, n, p.numHashes, p.bands, p.rows);
  const verifier = new PairVerifier(g.texts, sigs, shingler, p.numHashes, p.threshold);
  const { uf, edges, complete } = nearClusters(table, sigs, n, p, verifier);
  const findings = clusters(examples, g, uf, edges);
  let count = 0;
  for (const f of findings) count += f.texts - 1;
  const warnings: MetricWarning[] = complete
    ? []
    : [{ code: 'near-duplicates-incomplete', message: `near-duplicate search stopped after maxComparisons=${p.maxComparisons} candidate pairs; some near-duplicates may be missing` }];
  const figures = { clusters: findings.length };
  const base = qualityResult('near_duplicates', g.total, count, figures, findings, options.maxFindings, warnings);
  return { ...base, params: p, comparisons: verifier.comparisons, complete };
}

/** One finding per cluster of two or more texts, with all their examples and the linking pairs. */
function clusters(
  examples: readonly Example[],
  g: ReturnType<typeof groupInputs>,
  uf: UnionFind,
  edges: NearEdge[],
): NearDuplicateFinding[] {
  const byRoot = new Map<number, { texts: number[]; pairs: typeof edges }>();
  for (const e of edges) {
    const root = uf.find(e.x);
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { texts: [], pairs: [] }));
    c.pairs.push(e);
  }
  for (let v = 0; v < g.texts.length; v++) byRoot.get(uf.find(v))?.texts.push(v);
  const first = (v: number) => examples[g.members[g.start[v]]];
  const out: NearDuplicateFinding[] = [];
  for (const c of byRoot.values()) {
    const all: number[] = [];
    for (const v of c.texts) for (let m = g.start[v]; m < g.start[v + 1]; m++) all.push(g.members[m]);
    all.sort((a, b) => examples[a].line - examples[b].line || a - b);
    const pairs = c.pairs // x < y in every edge
      .sort((a, b) => a.x - b.x || a.y - b.y)
      .map((e) => ({ ids: [first(e.x).id, first(e.y).id], lines: [first(e.x).line, first(e.y).line], jaccard: e.jaccard }));
    out.push({ ...refsOf(examples, Int32Array.from(all), 0, all.length), texts: c.texts.length, pairs });
  }
  return out;
}
