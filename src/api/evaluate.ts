import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../problem.js';
import { errorSummaryMarkdown } from '../report/errorSummaryMarkdown.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/outputFormats.js';
import type { Verdict } from '../contract/results.js';
import { writeOutputs } from '../report/writeOutputs.js';
import { loadSuiteOrThrow } from '../suite/loadSuite.js';
import type { Suite } from '../suite/types.js';
import { DEFAULT_BASELINES_DIR, loadBaseline, saveBaseline } from '../run/baselineStore.js';
import { compareRuns } from '../run/compareRuns.js';
import { finishShard } from '../run/finishShard.js';
import { lockOutput } from '../run/outputLock.js';
import { resumeReplays } from '../run/resumeReplays.js';
import { comparisonSpec, runPairedSuite, withComparison } from '../run/runPairedSuite.js';
import { RunInterruptedError } from '../run/runInterruptedError.js';
import { runSuite, type RunOutcome, type RunSuiteOptions } from '../run/runSuite.js';
import { parseShard, type Shard } from '../run/shard.js';
import type { ShardManifest } from '../run/shardManifest.js';

/** Options of {@link evaluate}: what `evalgate run` takes on its command line. */
export interface EvaluateOptions {
  /** Output directory (made and locked: one writer at a time). */
  out: string;
  /** Outputs to write (default: all of OUTPUT_FORMATS). */
  formats?: ReadonlySet<OutputFormat>;
  /** Examples shown per report section (default 50). */
  maxExamples?: number;
  /** Where model answers are cached; undefined: no cache. */
  cacheDir?: string;
  /** Hold the run against this stored baseline (the suite's comparison gates). */
  baseline?: string;
  /** Keep this run's records and results as the stored baseline of this name (needs the json format). */
  saveBaseline?: string;
  /** Where stored baselines live (default `.evalgate-baselines`). */
  baselinesDir?: string;
  /** Continue the interrupted run in `out`: answers already in its records.jsonl are not asked again. */
  resume?: boolean;
  /** Run only this shard (a Shard or its text `I/N`): the journal and shard.json are the product. */
  shard?: Shard | string;
  /** Let the suite name files outside its directory (when `suite` is a path). */
  allowOutsidePaths?: boolean;
  /** Stops the run (Ctrl-C): see RunSuiteOptions.signal; evaluate then rejects with RunInterruptedError. */
  signal?: AbortSignal;
  /** How long calls in flight may finish after `signal` aborts. */
  drainMs?: number;
  /** Who holds the output lock, as another run is told (default `evalgate run <suite>`). */
  command?: string;
  /** The command that continues an interrupted run, named in its summary.md. */
  continueWith?: string;
}

/** What {@link evaluate} reports while it works; every hook is optional. */
export interface EvaluateHooks {
  /** The suite is loaded and the output directory locked: the run is about to start. */
  onStart?(suite: Suite): void;
  /** A display per check: see RunSuiteOptions.progress. */
  progress?: RunSuiteOptions['progress'];
  /** A line worth printing however quiet (a damaged journal, a baseline not saved). */
  warn?(line: string): void;
  /** A line of information (resuming, a baseline saved). */
  info?(line: string): void;
}

/**
 * What {@link evaluate} decided. A run has a verdict (`error` when it could not complete: exit 3);
 * a shard has none of its own (`evalgate merge` judges the whole run), only its manifest.
 */
export type Evaluation =
  | { kind: 'run'; suite: Suite; outcome: RunOutcome; verdict: Verdict }
  | { kind: 'shard'; suite: Suite; outcome: RunOutcome; shard: Shard; manifest: ShardManifest };

/**
 * `evalgate run` as one call: loads the suite (unless given one), locks `out`, resumes its journal
 * (`resume`), runs the suite (both models of a two-model suite), and then either finishes a shard
 * (shard.json) or holds the run against a stored baseline (not when it could not complete), writes
 * the outputs and saves it as a baseline (not when it could not complete). Throws
 * InvalidInputError (exit 2) for a bad suite, data or option, RunError (exit 3) when the run
 * cannot go on, and RunInterruptedError (exit 130/143) when `signal` stops it, after writing a
 * summary.md that says so. The lock is released however it ends.
 * Example: `(await evaluate('suites/spam.yaml', { out: 'out' })).verdict` → `'pass'`.
 */
export async function evaluate(suite: Suite | string, options: EvaluateOptions, hooks: EvaluateHooks = {}): Promise<Evaluation> {
  const path = typeof suite === 'string' ? suite : suite.file;
  const loaded = typeof suite === 'string' ? await loadSuiteOrThrow(suite, { allowOutsidePaths: options.allowOutsidePaths === true }) : suite;
  const { out } = options;
  // One writer per output directory: a second run on it is refused, naming the first.
  const lock = lockOutput(out, options.command ?? `evalgate run ${path}`);
  const formats = options.formats ?? new Set(OUTPUT_FORMATS);
  try {
    hooks.onStart?.(loaded);
    return await runAndWrite(loaded, { ...options, formats }, hooks);
  } catch (e) {
    // A CI step summary must not show an older run's verdict: say this run was interrupted.
    if (e instanceof RunInterruptedError && formats.has('md')) {
      try {
        writeFileSync(join(out, 'summary.md'), errorSummaryMarkdown('finish', path, e.exitCode, [options.continueWith ? `${e.message}; continue with: ${options.continueWith}` : e.message]));
      } catch {
        // the error itself says it all
      }
    }
    throw e;
  } finally {
    lock.release();
  }
}

async function runAndWrite(suite: Suite, options: EvaluateOptions & { formats: ReadonlySet<OutputFormat> }, hooks: EvaluateHooks): Promise<Evaluation> {
  const { out, formats } = options;
  const baselinesDir = options.baselinesDir ?? DEFAULT_BASELINES_DIR;
  // An unknown baseline is bad input: say so before spending the run.
  const stored = options.baseline !== undefined ? loadBaseline(options.baseline, baselinesDir) : undefined;
  const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard;
  const { replay, baselineReplay } = options.resume ? await resumeReplays(suite, out, hooks) : {};
  const runOpts: RunSuiteOptions = {
    out,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.drainMs !== undefined ? { drainMs: options.drainMs } : {}),
    ...(hooks.progress ? { progress: hooks.progress } : {}),
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    ...(replay ? { replay } : {}),
    ...(shard ? { shard } : {}),
  };
  let outcome: RunOutcome = suite.baseline ? await runPairedSuite(suite, { ...runOpts, ...(baselineReplay ? { baselineReplay } : {}) }) : await runSuite(suite, runOpts);
  if (shard) return { kind: 'shard', suite, outcome, shard, manifest: await finishShard(suite, outcome, out, shard) };
  // A run that could not complete has nothing to hold against the stored baseline.
  if (stored && outcome.results.verdict !== 'error') {
    const candidate = { dir: out, results: outcome.results, recordsPath: join(out, 'records.jsonl') };
    outcome = { ...outcome, results: withComparison(outcome.results, await compareRuns(stored, candidate, { force: false, spec: comparisonSpec(suite) })) };
  }
  await writeOutputs(outcome, out, formats, { maxExamples: options.maxExamples ?? 50 });
  const name = options.saveBaseline;
  if (name !== undefined && outcome.results.verdict === 'error') {
    hooks.warn?.(`baseline '${name}' not saved: the run could not complete`);
  } else if (name !== undefined) {
    if (!formats.has('json')) throw new InvalidInputError([{ code: 'bad-argument', path: ['--save-baseline'], message: 'a stored baseline keeps results.json: --format must include json' }]);
    hooks.info?.(`saved baseline '${name}' in ${saveBaseline(out, name, baselinesDir)}`);
  }
  return { kind: 'run', suite, outcome, verdict: outcome.results.verdict };
}
