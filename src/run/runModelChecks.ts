import type { Example } from '../data/example.js';
import type { Prediction } from '../models/model.js';
import type { Figures, Results } from '../contract/results.js';
import type { Suite } from '../suite/types.js';
import { CHECK_SPECS } from '../checks/specs.js';
import { RUN_ORDER } from '../checks/runners.js';
import type { CheckLeftovers } from './checkRunner.js';
import { holdoutSplit, scoredModel } from './holdoutSplit.js';
import { predictExamples } from './predictExamples.js';
import type { Progress } from './progress.js';
import { recordOf } from './recordOf.js';
import type { RecordWriter } from './recordWriter.js';
import { modelSummary, openSuiteModel, type ModelSummary } from './suiteModel.js';
import type { StopControl } from './stopControl.js';
import type { AnswerIndex } from './answerIndex.js';
import { inShard, type Shard } from './shard.js';

/** What the model-driven checks produced. */
export interface ModelChecksOutcome {
  figures: Figures;
  /** Each check's results.json detail, by kind. */
  checks: Results['checks'];
  model: ModelSummary;
  /** Train/test split of a holdout, as row indices (for the leakage check). */
  split?: { train: Uint32Array; test: Uint32Array };
  /** Cache use, when answers were cached (kept out of results.json: it differs between runs). */
  cache?: { hits: number; misses: number };
}

/**
 * Runs the checks that call the model: the holdout split (scikit-learn's train_test_split with the
 * suite's seed, stratified by default), fitting a trainable model on the training part, then each
 * model-phase runner of the registry (src/checks/runners.ts) in stage order: metrics, robustness,
 * templates, safety and quality score the test part with the fitted model (or every row with the
 * model itself when the suite does not train it), cross-validation runs on the training part when
 * there is a holdout, else on every row. With `ctx.shard` each check asks only for the examples
 * (and their variants) whose id hashes to the shard.
 */
export async function runModelChecks(
  suite: Suite,
  examples: readonly Example[],
  ctx: { journal: RecordWriter; progress: (label: string, total: number) => Progress; cacheDir?: string; replay?: { index: AnswerIndex; mode: 'resume' | 'merge' }; shard?: Shard; stop?: StopControl },
): Promise<ModelChecksOutcome> {
  const { spec, options } = suite.model!;
  // Answers carry their model's fingerprint; a resumed or merged run replays the journal's answers.
  const { model, cache } = await openSuiteModel(suite, { ...(ctx.cacheDir !== undefined ? { cacheDir: ctx.cacheDir } : {}), ...(ctx.replay ? { replay: ctx.replay } : {}), ...(ctx.stop ? { stop: ctx.stop } : {}) });
  const shard = ctx.shard;
  const only = shard ? (id: string) => inShard(id, shard) : undefined;
  // In-process modules get the suite's batch size; the other adapters batch and pace themselves.
  const window = spec.kind === 'module' ? options.batchSize : undefined;
  const figures: Figures = {};
  const checks: Results['checks'] = {};
  const firstErrors: { id: string; error: string }[] = [];
  let calls = 0;
  let errors = 0;
  const note = (ex: readonly Example[], answers: readonly { error?: string }[]) => {
    answers.forEach((a, i) => {
      if (a.error !== undefined && firstErrors.length < 20) firstErrors.push({ id: ex[i].id, error: a.error });
    });
  };
  try {
    const split: ModelChecksOutcome['split'] = holdoutSplit(suite, examples);
    // One fitted model and one set of held-out rows for every check that scores the model.
    const fitted = suite.checks.some((c) => CHECK_SPECS[c.kind].scoresModel) ? await scoredModel(model, examples, split) : undefined;
    // The test rows' answers, asked once for the metrics and robustness checks, journaled under metrics.
    const askTestRows = async (): Promise<Prediction[]> => {
      const { scored, testRows } = fitted!;
      const asked = only ? testRows.filter((e) => only(e.id)) : testRows;
      const progress = ctx.progress('metrics', asked.length);
      const answers = await predictExamples(scored, asked, {
        progress,
        window,
        onAnswer: (ex, a) => ctx.journal.add(recordOf(ex, a, 'metrics', split ? 'holdout' : null), a),
        onAnswers: async (ex, ans) => {
          note(ex, ans);
          await ctx.journal.flushIfFull();
        },
      });
      progress.stop();
      calls += answers.length;
      errors += answers.filter((a) => a.error !== undefined).length;
      if (!only) return answers;
      // A shard asks only its own rows; the others' answers belong to other shards.
      const mine = new Map(asked.map((e, i) => [e, answers[i]]));
      return testRows.map((e) => mine.get(e) ?? { error: 'in another shard' });
    };
    let tested: Promise<Prediction[]> | undefined;
    const left: CheckLeftovers = { testAnswers: () => (tested ??= askTestRows()) };
    for (const runner of RUN_ORDER) {
      if (runner.phase !== 'model') continue;
      const check = suite.checks.find((c) => c.kind === runner.kind);
      if (!check) continue;
      const r = await runner.run({ suite, check, examples, model, ...(fitted ? { fitted } : {}), ...(split ? { split } : {}), journal: ctx.journal, progress: ctx.progress, ...(window !== undefined ? { window } : {}), ...(only ? { only } : {}), left });
      Object.assign(figures, r.figures);
      if (r.detail !== undefined) Object.assign(checks, { [runner.kind]: r.detail });
      calls += r.calls;
      errors += r.errors;
      for (const e of r.firstErrors) if (firstErrors.length < 20) firstErrors.push(e);
    }
    if (fitted && fitted.scored !== model) await fitted.scored.close?.();
    figures['errors.count'] = { value: errors };
    figures['errors.rate'] = { value: calls === 0 ? 0 : errors / calls };
    return {
      figures,
      checks,
      model: modelSummary(model, options.maxErrorRate, calls, errors, firstErrors),
      ...(cache ? { cache: { hits: cache.hits, misses: cache.misses } } : {}),
      ...(split ? { split } : {}),
    };
  } finally {
    await model.close?.();
  }
}
