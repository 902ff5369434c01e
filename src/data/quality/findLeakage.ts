import type { MetricWarning } from '../../metrics/types.js';
import type { Example } from '../example.js';
import { groupInputs, refsOf } from './inputGroups.js';
import { nearMatches } from './nearMatches.js';
import { nearParams, type NearOptions, type NearParams } from './nearParams.js';
import type { NormalizeOptions } from './normalizeText.js';
import { qualityResult, type QualityFinding, type QualityResult } from './qualityResult.js';

/** Options of {@link findLeakage}. */
export interface LeakageOptions extends NearOptions {
  /** How inputs are normalized before comparing (defaults: NFKC, case folding, whitespace collapsing). */
  normalize?: NormalizeOptions;
  /** Also look for near copies (MinHash against the train set). Default true. */
  near?: boolean;
  /** Most findings listed (default 1000); the figures count all of them. */
  maxFindings?: number;
}

/**
 * Test examples (all with the same normalized input; ids and lines are the test set's) found in
 * the train set: exactly (`jaccard` 1) or nearly, with the train examples holding the match.
 */
export interface LeakageFinding extends QualityFinding {
  kind: 'exact' | 'near';
  jaccard: number;
  train: { ids: string[]; lines: number[] };
}

/**
 * `count`: leaked test examples; `total`: test examples with an input; `rate` = count / total;
 * `exact` / `near`: leaked test examples by kind. `params` records the near search settings.
 */
export interface LeakageResult extends QualityResult<'leakage', LeakageFinding, { exact: number; near: number }> {
  params: NearParams;
  comparisons: number;
  complete: boolean;
}

/**
 * Train/test leakage: test examples whose normalized input is in the train set exactly, or (with
 * `near`, the default) whose shingle set has exact Jaccard ≥ threshold (default 0.8) with a train
 * input, found through a MinHash LSH index of the train inputs (see nearMatches). Findings group
 * the test examples sharing one normalized input. Missing inputs are skipped. Deterministic for a
 * given seed. Cost: one hash map over the train inputs, plus the MinHash signatures of the train
 * set and of the test inputs not leaked exactly. Throws on invalid options (see nearParams).
 * @example findLeakage([{ id: 't1', line: 1, input: 'Hello' }], [{ id: 'x', line: 1, input: 'hello' }]).rate // 1
 */
export function findLeakage(train: readonly Example[], test: readonly Example[], options: LeakageOptions = {}): LeakageResult {
  const p = nearParams(options);
  const tr = groupInputs(train, options.normalize);
  const te = groupInputs(test, options.normalize);
  const findings: LeakageFinding[] = [];
  const trainRefs = (v: number) => refsOf(train, tr.members, tr.start[v], tr.start[v + 1]);
  const testRefs = (q: number) => refsOf(test, te.members, te.start[q], te.start[q + 1]);
  let exact = 0;
  let near = 0;
  const rest: number[] = [];
  for (let q = 0; q < te.texts.length; q++) {
    const v = tr.index.get(te.texts[q]);
    if (v === undefined) {
      rest.push(q);
      continue;
    }
    exact += te.start[q + 1] - te.start[q];
    findings.push({ ...testRefs(q), kind: 'exact', jaccard: 1, train: trainRefs(v) });
  }
  let comparisons = 0;
  let complete = true;
  if ((options.near ?? true) && rest.length > 0 && tr.texts.length > 0) {
    const m = nearMatches(tr.texts, rest.map((q) => te.texts[q]), p);
    ({ comparisons, complete } = m);
    rest.forEach((q, i) => {
      if (m.match[i] < 0) return;
      near += te.start[q + 1] - te.start[q];
      findings.push({ ...testRefs(q), kind: 'near', jaccard: m.jaccard[i], train: trainRefs(m.match[i]) });
    });
  }
  const warnings: MetricWarning[] = complete
    ? []
    : [{ code: 'leakage-incomplete', message: `near-leakage search stopped after maxComparisons=${p.maxComparisons} candidate pairs; some near copies may be missing` }];
  const base = qualityResult('leakage', te.total, exact + near, { exact, near }, findings, options.maxFindings, warnings);
  return { ...base, params: p, comparisons, complete };
}
