import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsJson } from '../contract/resultsJson.js';
import type { Comparison, Results } from '../contract/results.js';
import { COMPARISON_DEFAULTS } from '../suite/normalizeComparison.js';
import type { ComparisonSpec, Suite } from '../suite/types.js';
import { compareRuns } from './compareRuns.js';
import type { StoredRun } from './readRun.js';
import { runSuite, type RunOutcome, type RunSuiteOptions } from './runSuite.js';
import { gateCounts } from './gateCounts.js';
import { runError, withRunError } from './runVerdict.js';

/** The comparison spec of a suite, or the defaults with no gates. */
export function comparisonSpec(suite: Suite): ComparisonSpec {
  return suite.comparison ?? { ...COMPARISON_DEFAULTS, gates: [] };
}

/**
 * Results with a comparison attached: the verdict is the worse of the run's and the comparison's
 * (an `error` run stays `error`), and the counts count the regression gates too.
 */
export function withComparison(results: Results, comparison: Comparison): Results {
  const rank = { pass: 0, warn: 1, fail: 2, error: 3 } as const;
  const verdict = rank[comparison.verdict] > rank[results.verdict] ? comparison.verdict : results.verdict;
  return { ...results, comparison, verdict, counts: gateCounts([...results.gates, ...comparison.gates]) };
}

/** Options of {@link runPairedSuite}: runSuite's (`replay` is the candidate's), and the baseline's replay. */
export interface PairedSuiteOptions extends RunSuiteOptions {
  /** The baseline's journaled answers (`<out>/baseline/records.jsonl`), for `--resume` or merge. */
  baselineReplay?: RunSuiteOptions['replay'];
}

/**
 * Runs a two-model suite: the baseline first, into `<out>/baseline/` (its records.jsonl and
 * results.json; no gates, no data-quality check), then the candidate into `<out>`, each with the
 * suite's seed, so both see the very same examples, holdout split and folds; then compares them
 * with the suite's comparison gates. The candidate's outcome comes back with the comparison
 * attached, or, when either model's failed calls are above its max_error_rate, with the verdict
 * `error` and no comparison (see runVerdict). Each model replays its own journal (`replay`, `baselineReplay`); a shard (`shard`)
 * does both models' calls for its examples and compares nothing (the merge compares).
 */
export async function runPairedSuite(suite: Suite, opts: PairedSuiteOptions): Promise<RunOutcome & { baseline: Results }> {
  const { baselineReplay, replay, ...common } = opts;
  const baseOut = join(opts.out, 'baseline');
  const baseSuite: Suite = { ...suite, model: suite.baseline, gates: [], checks: suite.checks.filter((c) => c.kind !== 'data-quality') };
  delete baseSuite.baseline;
  const base = await runSuite(baseSuite, { ...common, out: baseOut, ...(baselineReplay ? { replay: baselineReplay } : {}) });
  writeFileSync(join(baseOut, 'results.json'), resultsJson(base.results));
  const candSuite: Suite = { ...suite };
  delete candSuite.baseline;
  const cand = await runSuite(candSuite, { ...common, ...(replay ? { replay } : {}) });
  if (opts.shard) return { ...cand, baseline: base.results };
  // Each model is held to its max_error_rate: a broken baseline makes the run an error (nothing to compare), not a pass.
  const error = runError([{ role: 'baseline', model: base.results.model }, { role: 'candidate', model: cand.results.model }]);
  if (error) {
    const n = suite.comparison?.gates.length ?? 0;
    const skipped = n > 0 ? { ...error, message: `${error.message}; the comparison (${n} regression gate${n > 1 ? 's' : ''}) was not made` } : error;
    return { results: withRunError(cand.results, skipped), timing: cand.timing, baseline: base.results };
  }
  const baselineRun: StoredRun = { dir: baseOut, results: base.results, recordsPath: join(baseOut, 'records.jsonl') };
  const candidateRun: StoredRun = { dir: opts.out, results: cand.results, recordsPath: join(opts.out, 'records.jsonl') };
  const comparison = await compareRuns(baselineRun, candidateRun, { force: false, spec: comparisonSpec(suite) });
  return { results: withComparison(cand.results, comparison), timing: cand.timing, baseline: base.results };
}
