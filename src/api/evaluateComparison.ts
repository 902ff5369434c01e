import { existsSync, mkdirSync, statSync } from 'node:fs';
import { InvalidInputError } from '../problem.js';
import { OUTPUT_FORMATS } from '../report/outputFormats.js';
import type { Comparison, Results, Verdict } from '../contract/results.js';
import { writeOutputs } from '../report/writeOutputs.js';
import { loadSuiteOrThrow } from '../suite/loadSuite.js';
import { COMPARISON_DEFAULTS } from '../suite/normalizeComparison.js';
import { parseComparisonGate } from '../suite/parseComparisonGate.js';
import { DEFAULT_BASELINES_DIR, loadBaseline } from '../run/baselineStore.js';
import { compareRuns } from '../run/compareRuns.js';
import { readRun } from '../run/readRun.js';
import { withComparison } from '../run/runPairedSuite.js';

/** Options of {@link evaluateComparison}: what `evalgate compare` takes besides the two runs. */
export interface EvaluateComparisonOptions {
  /** Where results.json, junit.xml, summary.md and report.html go. */
  out: string;
  /** Compare runs of different suites or data. */
  force?: boolean;
  /** A suite file whose comparison block gives the gates, resamples, confidence and alpha. */
  suite?: string;
  /** Regression gates, e.g. `f1.macro: candidate - baseline >= -0.01 at 95%` (they replace the suite's). */
  gates?: readonly string[];
  /** Where stored baselines live (default `.evalgate-baselines`). */
  baselinesDir?: string;
}

/** What {@link evaluateComparison} decided: the comparison's verdict (its regression gates alone). */
export interface EvaluatedComparison {
  results: Results;
  comparison: Comparison;
  verdict: Verdict;
}

/**
 * `evalgate compare` as one call: reads the baseline (a run directory, or else the name of a stored
 * baseline) and the candidate run, pairs them with {@link compareRuns} under the suite's or the
 * given gates, and writes every output of the candidate's results with the comparison attached.
 * The verdict is the comparison's: the candidate's own gates were judged by its run. Throws
 * InvalidInputError (exit 2) for runs that cannot be compared or a gate that does not parse.
 * Example: `(await evaluateComparison('runs/a', 'runs/b', { out: 'cmp' })).verdict` → `'pass'`.
 */
export async function evaluateComparison(baseline: string, candidate: string, options: EvaluateComparisonOptions): Promise<EvaluatedComparison> {
  const base = existsSync(baseline) && statSync(baseline).isDirectory() ? readRun(baseline) : loadBaseline(baseline, options.baselinesDir ?? DEFAULT_BASELINES_DIR);
  const cand = readRun(candidate);
  const suite = options.suite !== undefined ? await loadSuiteOrThrow(options.suite) : undefined;
  const spec = { ...COMPARISON_DEFAULTS, gates: [], ...(suite?.comparison ?? {}) };
  const gates = options.gates ?? [];
  if (gates.length > 0) {
    spec.gates = gates.map((text, i) => {
      const r = parseComparisonGate(text);
      if (!r.ok) throw new InvalidInputError([{ code: 'gate-syntax', path: ['--gate', i], message: r.message }]);
      return { name: text.trim(), expression: text.trim(), ...r.gate, severity: 'blocking' as const, line: 0, column: 0 };
    });
  }
  const comparison = await compareRuns(base, cand, { force: options.force === true, spec });
  const results = withComparison(cand.results, comparison);
  mkdirSync(options.out, { recursive: true });
  const now = new Date().toISOString();
  await writeOutputs({ results, timing: { started_at: now, finished_at: now, duration_ms: 0, evalgate: results.evalgate.version, node: process.version } }, options.out, new Set(OUTPUT_FORMATS));
  return { results, comparison, verdict: comparison.verdict };
}
