import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readExamples } from '../data/readExamples.js';
import type { FieldMap } from '../data/fieldMap.js';
import { InvalidInputError, type Problem } from '../problem.js';
import type { MetricsCheck, Suite } from '../suite/types.js';
import { CHECK_RUNNERS, RUN_ORDER } from '../checks/runners.js';
import type { CheckLeftovers } from './checkRunner.js';
import { VERSION } from '../version.js';
import { applyGates } from './applyGates.js';
import { checkGateLabels } from './checkGateLabels.js';
import { evaluateMetrics } from './evaluateMetrics.js';
import type { Figures } from '../contract/results.js';
import { hashFile } from './hashFile.js';
import { MetricsCollector } from './metricsInput.js';
import { RecordWriter } from './recordWriter.js';
import { runModelChecks, type ModelChecksOutcome } from './runModelChecks.js';
import { silentProgress, type Progress } from './progress.js';
import type { Example } from '../data/example.js';
import type { AnswerIndex } from './answerIndex.js';
import { inShard, type Shard } from './shard.js';
import { ModelMetricsStream, streamsModelMetrics } from './modelMetricsStream.js';
import { countDataRows } from './countDataRows.js';
import { RESULTS_VERSION, type Results, type Timing } from '../contract/results.js';
import { StopControl } from './stopControl.js';
import { isInterrupted } from '../models/interrupted.js';
import { RunInterruptedError } from './runInterruptedError.js';
import { outputError } from '../outputError.js';
import { DataLabels } from './dataLabels.js';
import { gateCounts } from './gateCounts.js';
import { runError, withRunError } from './runVerdict.js';

/** What a finished run hands back: the deterministic results and the timing kept apart from them. */
export interface RunOutcome {
  results: Results;
  timing: Timing;
}

/** Options of {@link runSuite}. */
export interface RunSuiteOptions {
  out: string;
  progress?: (label: string, total: number) => Progress;
  cacheDir?: string;
  /** Answers already journaled (`--resume`: ask the model for the rest; merge: never ask it); the journal is appended to. */
  replay?: { index: AnswerIndex; mode: 'resume' | 'merge' };
  /** Do only this shard's model calls: the journal is the product; figures are partial and no gate is judged. */
  shard?: Shard;
  /**
   * Stops the run when aborted: no new model call is sent, the calls in flight may finish for
   * `drainMs` (default DEFAULT_DRAIN_MS) and are journaled, then runSuite rejects with an
   * {@link RunInterruptedError}; the journal then holds every answer that arrived, whole records only.
   */
  signal?: AbortSignal;
  drainMs?: number;
}

/**
 * Runs a loaded suite: streams the data once (journaling one record per example to
 * `<out>/records.jsonl`), computes the metrics check's figures, applies the gates. Writes only the
 * journal; the caller renders the other outputs. Throws InvalidInputError for data problems.
 */
export async function runSuite(suite: Suite, opts: RunSuiteOptions): Promise<RunOutcome> {
  const started = Date.now();
  try {
    mkdirSync(opts.out, { recursive: true });
  } catch (e) {
    throw outputError(e, opts.out);
  }
  const { data } = suite;
  const metrics = suite.checks.find((c): c is MetricsCheck => c.kind === 'metrics');
  const required: (keyof FieldMap)[] = [];
  if (suite.model) {
    required.push('input');
    if (data.fields.label) required.push('label');
  } else if (metrics) {
    required.push('label');
    required.push(data.fields.prediction ? 'prediction' : 'probabilities');
    if (data.fields.score) required.push('score');
    if (data.fields.probabilities) required.push('probabilities');
  }
  // The checks that score outputs as text (safety, quality) read the raw rows, and without a model the data's outputs.
  const textChecks = suite.checks.some((c) => CHECK_RUNNERS[c.kind].withoutModel);
  if (textChecks && !suite.model) required.push('prediction');
  const skipped: Problem[] = [];
  const stream = readExamples(data.resolvedPath, {
    format: data.format,
    fields: data.fields,
    required: [...new Set(required)],
    onBadRow: data.onBadRow,
    displayPath: data.displayPath,
    csv: { ...(data.delimiter ? { delimiter: data.delimiter } : {}), ...(data.labelSeparator ? { labelSeparator: data.labelSeparator } : {}) },
    onSkip: (row) => skipped.push(row.problem),
    ...(textChecks ? { keepRaw: true } : {}),
  });
  const collector = new MetricsCollector(data.fields.score !== undefined, data.fields.probabilities !== undefined);
  // A resumed run appends to its journal; a merge writes every record afresh, replayed or not, in the run's order.
  const resuming = opts.replay?.mode === 'resume' && suite.model !== undefined;
  const journal = new RecordWriter(join(opts.out, 'records.jsonl'), { append: resuming, keepReplayed: opts.replay?.mode === 'merge', ...(resuming && opts.replay ? { journaled: opts.replay.index.outcomes } : {}) });
  const stop = opts.signal ? new StopControl(opts.signal, opts.drainMs) : undefined;
  opts.signal?.addEventListener('abort', () => journal.interrupt(), { once: true });
  const replayed = resuming && opts.replay ? opts.replay.index.size : 0;
  const kept: Example[] = [];
  const dataLabels = new DataLabels(suite);
  // Checks of the data itself run once the data has streamed, whatever the model did.
  const dataChecks = RUN_ORDER.filter((r) => r.phase === 'data' && suite.checks.some((c) => c.kind === r.kind));
  const checks: Results['checks'] = {};
  const ownFigures: Figures = {};
  let modelOutcome: ModelChecksOutcome | undefined;
  let streamed: ModelMetricsStream | undefined;
  const work = async (): Promise<void> => {
    // A model suite with only metrics checks streams: no example or answer is kept.
    if (streamsModelMetrics(suite)) {
      const progress = opts.progress?.('metrics', await countDataRows(data.resolvedPath, data.format, opts.shard));
      streamed = await ModelMetricsStream.open(suite, { journal, ...(progress ? { progress } : {}), ...(opts.cacheDir !== undefined ? { cacheDir: opts.cacheDir } : {}), ...(opts.replay ? { replay: opts.replay } : {}), ...(opts.shard ? { shard: opts.shard } : {}), ...(stop ? { stop } : {}) });
    }
    const keepExamples = !streamed && (suite.model !== undefined || dataChecks.length > 0 || textChecks);
    for await (const batch of stream) {
      if (keepExamples) for (const ex of batch) kept.push(ex);
      dataLabels.add(batch);
      if (streamed) await streamed.add(batch);
      if (suite.model) continue;
      collector.add(batch);
      for (const ex of batch) {
        // A shard journals its own rows only (merge rereads the data): the shards' records add up to the run's.
        if (opts.shard && !inShard(ex.id, opts.shard)) continue;
        journal.add({
          id: ex.id,
          check: 'metrics',
          variant: null,
          input: ex.input ?? null,
          output: ex.prediction ?? null,
          expected: ex.label ?? null,
          score: ex.score ?? null,
          ...(ex.probabilities !== undefined ? { probabilities: ex.probabilities } : {}),
          error: null,
          latency_ms: null,
        });
      }
      await journal.flushIfFull();
    }
    if (streamed && streamed.examples > 0) {
      modelOutcome = await streamed.finish();
    } else if (suite.model && kept.length > 0) {
      modelOutcome = await runModelChecks(suite, kept, { journal, progress: opts.progress ?? (() => silentProgress), ...(opts.cacheDir !== undefined ? { cacheDir: opts.cacheDir } : {}), ...(opts.replay ? { replay: opts.replay } : {}), ...(opts.shard ? { shard: opts.shard } : {}), ...(stop ? { stop } : {}) });
    } else if (textChecks && kept.length > 0) {
      // No model: the checks that score outputs read the data's own (data.prediction).
      const shard = opts.shard;
      const left: CheckLeftovers = { testAnswers: async () => [] };
      for (const runner of RUN_ORDER) {
        const check = suite.checks.find((c) => c.kind === runner.kind);
        if (!runner.withoutModel || !check) continue;
        const r = await runner.run({ suite, check, examples: kept, journal, progress: opts.progress ?? (() => silentProgress), ...(shard ? { only: (id: string) => inShard(id, shard) } : {}), left });
        Object.assign(ownFigures, r.figures);
        if (r.detail !== undefined) Object.assign(checks, { [runner.kind]: r.detail });
      }
    }
  };
  try {
    const working = work();
    // Once stopped, the abandoned work may still fail: that is no longer anyone's concern.
    if (stop) working.catch(() => {});
    await (stop ? Promise.race([working, stop.stopped]) : working);
  } catch (e) {
    if (!isInterrupted(e) || !stop) throw e;
    // Stopped: whatever answers arrived are journaled; the rest of the work is abandoned.
    journal.seal();
    await journal.close();
    void streamed?.close().catch(() => {});
    throw new RunInterruptedError(stop.reason.signal, opts.out, replayed + journal.answers);
  } finally {
    await streamed?.close();
    await journal.close();
  }
  if (stream.stats.rows === 0) {
    throw new InvalidInputError([{ code: 'empty-data', file: data.displayPath, path: [], message: 'the data file has no rows' }]);
  }
  const extraFigures: Figures = {};
  const examples = streamed ? streamed.examples : suite.model ? kept.length : collector.size;
  if (kept.length > 0 && !opts.shard) {
    for (const runner of dataChecks) {
      const check = suite.checks.find((c) => c.kind === runner.kind)!;
      const r = await runner.run({ suite, check, examples: kept, journal, progress: opts.progress ?? (() => silentProgress), ...(modelOutcome?.split ? { split: modelOutcome.split } : {}), left: { testAnswers: async () => [] } });
      Object.assign(extraFigures, r.figures);
      if (r.detail !== undefined) Object.assign(checks, { [runner.kind]: r.detail });
    }
  }
  if (examples === 0) {
    throw new InvalidInputError([{ code: 'empty-data', file: data.displayPath, path: [], message: `every one of the ${stream.stats.rows} rows was bad and skipped; nothing to evaluate` }]);
  }

  let figures: Figures = {};
  let metricsDetail: Results['checks']['metrics'];
  if (modelOutcome) {
    figures = modelOutcome.figures;
    metricsDetail = modelOutcome.checks.metrics;
    Object.assign(checks, modelOutcome.checks);
  } else if (metrics) {
    const r = evaluateMetrics(collector.result(), metrics, data, { suiteFile: suite.file, seed: suite.seed });
    figures = r.figures;
    metricsDetail = r.detail;
    checks.metrics = r.detail;
  }
  figures = { ...figures, ...extraFigures, ...ownFigures };
  // Labels come from the data, so a run whose model answered nothing still knows them.
  if (!opts.shard) checkGateLabels(suite, figures, [...new Set([...(metricsDetail?.labels ?? []).map(String), ...dataLabels.names()])]);
  const { results: gates, verdict } = applyGates(opts.shard ? [] : suite.gates, figures);
  const results: Results = {
    evalgate: { version: VERSION, results_version: RESULTS_VERSION },
    suite: { name: suite.name, file: suite.file, sha256: suite.hash, ...(suite.description !== undefined ? { description: suite.description } : {}) },
    seed: suite.seed,
    data: {
      path: data.path,
      format: data.format,
      sha256: await hashFile(data.resolvedPath),
      rows: stream.stats.rows,
      examples,
      skipped: {
        count: skipped.length,
        rows: skipped.map((p) => ({ line: p.line ?? 0, ...(p.path.length ? { field: String(p.path[0]) } : {}), message: p.message })),
      },
    },
    ...(modelOutcome ? { model: modelOutcome.model } : {}),
    // Each check's detail, in the registry's order (src/checks/runners.ts).
    checks: Object.fromEntries(Object.keys(CHECK_RUNNERS).flatMap((kind) => (checks[kind as keyof Results['checks']] === undefined ? [] : [[kind, checks[kind as keyof Results['checks']]]]))),
    figures,
    gates,
    verdict,
    counts: gateCounts(gates),
    ...(modelOutcome?.cache ? { cache: modelOutcome.cache } : {}),
  };
  // The run could not complete when the model failed too often: the verdict says so, not the gates.
  const error = opts.shard ? undefined : runError([{ role: 'model', model: results.model }]);
  const finished = Date.now();
  return {
    results: error ? withRunError(results, error) : results,
    timing: {
      started_at: new Date(started).toISOString(),
      finished_at: new Date(finished).toISOString(),
      duration_ms: finished - started,
      evalgate: VERSION,
      node: process.version,
      ...(modelOutcome?.cache ? { cache: modelOutcome.cache } : {}),
    },
  };
}
