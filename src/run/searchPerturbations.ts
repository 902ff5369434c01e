import { stampRecord } from './answerStamp.js';
import { isInterrupted } from '../models/interrupted.js';
import { pathToFileURL } from 'node:url';
import { seedFrom } from '../cv/seedFrom.js';
import type { Label } from '../metrics/types.js';
import type { Model, Prediction } from '../models/model.js';
import { makePerturbation } from '../perturb/catalog.js';
import { judge, type Answer, type Expectation, type Verdict } from '../perturb/expectation.js';
import { EvaluationError, searchEdit, type SearchOutcome } from '../perturb/searchEdit.js';
import type { Perturbation } from '../perturb/types.js';
import { InvalidInputError } from '../problem.js';
import type { ExpectationSpec, PerturbationSpec, SearchSettings } from '../suite/types.js';
import { loadLexicons } from './loadLexicons.js';
import { poolAll } from './poolAll.js';
import { PredictBatcher } from './predictBatcher.js';
import type { Progress } from './progress.js';
import type { EvalRecord } from '../contract/evalRecord.js';
import type { RecordWriter } from './recordWriter.js';

/** A text to search, with the model's answer on it and, when known, its expected label. */
export interface SearchItem {
  id: string;
  text: string;
  before: Prediction;
  expected?: Label | Label[];
}

/** Every item's outcome for one perturbation. */
export interface PerturbationRun {
  spec: PerturbationSpec;
  perturbation: Perturbation;
  expectation: Expectation;
  outcomes: { item: SearchItem; outcome: SearchOutcome; seed: number }[];
}

/**
 * Runs the minimal-edit search of every perturbation over every item, `settings.concurrency`
 * searches at once with their model calls batched together; journals one record per model call
 * (check, variant = the perturbation's name). Items whose own answer failed are counted as errors
 * and not searched. Seeds derive from the suite seed, the check, the perturbation and the item id,
 * so a run replays exactly. Throws InvalidInputError when a custom expectation cannot be loaded.
 */
export async function searchPerturbations(
  items: readonly SearchItem[],
  specs: readonly PerturbationSpec[],
  ctx: { model: Model; check: string; seed: number; settings: SearchSettings; batchSize: number; journal: RecordWriter; posLabel?: Label; progress: Progress; suiteFile: string },
): Promise<{ runs: PerturbationRun[]; calls: number; errors: number }> {
  const batcher = new PredictBatcher(ctx.model, ctx.batchSize, undefined, () => ctx.journal.writePending());
  const runs: PerturbationRun[] = [];
  for (const spec of specs) {
    runs.push({ spec, perturbation: makePerturbation(spec.kind, loadLexicons(), spec.name), expectation: await toExpectation(spec.expect, spec, ctx.suiteFile), outcomes: [] });
  }
  const jobs = runs.flatMap((run) => items.map((item) => ({ run, item })));
  const results = await poolAll(jobs, ctx.settings.concurrency ?? ctx.batchSize, async ({ run, item }) => {
    const seed = seedFrom(ctx.seed, ctx.check, run.spec.name, item.id) >>> 1;
    let outcome: SearchOutcome;
    if (item.before.error !== undefined) outcome = { status: 'error', sites: run.perturbation.sites(item.text).length, evaluated: 0, error: item.before.error };
    else {
      const judged = { ...(item.expected !== undefined ? { expected: item.expected } : {}), ...(ctx.posLabel !== undefined ? { posLabel: ctx.posLabel } : {}), original: item.text, perturbed: '' };
      const expected = item.expected ?? null;
      const options = { strength: run.spec.strength, numRuns: ctx.settings.runs, seed, ...(ctx.settings.timeBudgetMs !== undefined ? { timeLimit: { ms: ctx.settings.timeBudgetMs, now: () => performance.now() } } : {}) };
      outcome = await searchEdit(item.text, run.perturbation, options, async (perturbed) => {
        // A stopped run abandons the search (its records and outcome are not journaled).
        const after = await batcher.predict(perturbed).catch((e: unknown) => {
          throw isInterrupted(e) ? new EvaluationError('interrupted') : e;
        });
        const output = after.label ?? after.text ?? null;
        const record: EvalRecord = { id: item.id, check: ctx.check, variant: run.spec.name, input: perturbed, output, expected, score: after.score ?? null, error: after.error ?? null, latency_ms: after.latencyMs ?? null };
        stampRecord(record, after);
        if (after.probabilities !== undefined) record.probabilities = after.probabilities;
        ctx.journal.add(record, after);
        if (after.error !== undefined) throw new EvaluationError(after.error);
        judged.perturbed = perturbed;
        const verdict: Verdict = judge(run.expectation, item.before as Answer, after as Answer, judged);
        verdict.answer = output;
        return verdict;
      });
    }
    await ctx.journal.flushIfFull();
    ctx.progress.tick(1, outcome.status === 'error' ? 1 : 0);
    return { run, item, outcome, seed };
  }, (running) => batcher.setActive(running));
  for (const r of results) r.run.outcomes.push({ item: r.item, outcome: r.outcome, seed: r.seed });
  return { runs, calls: batcher.calls, errors: batcher.errors };
}

const customs = new Map<string, Promise<Expectation>>();

/** The expectation a perturbation spec states, with a custom predicate loaded from its module. */
export async function toExpectation(e: ExpectationSpec, spec: PerturbationSpec, suiteFile: string): Promise<Expectation> {
  if (e.kind !== 'custom') return e;
  let loaded = customs.get(e.resolvedPath);
  if (!loaded) {
    loaded = import(pathToFileURL(e.resolvedPath).href).then((m: Record<string, unknown>) => {
      const fn = (m.expect ?? m.default) as unknown;
      if (typeof fn !== 'function') throw new Error('it exports no function (default or `expect`)');
      return { kind: 'custom' as const, name: e.path, predicate: fn as Extract<Expectation, { kind: 'custom' }>['predicate'] };
    });
    customs.set(e.resolvedPath, loaded);
  }
  try {
    return await loaded;
  } catch (err) {
    throw new InvalidInputError([{ code: 'bad-expectation', file: suiteFile, path: [...spec.path, 'expect', 'custom'], message: `custom expectation ${e.path}: ${(err as Error).message}` }]);
  }
}
