import type { Example } from '../data/example.js';
import type { Label } from '../metrics/types.js';
import type { Prediction } from '../models/model.js';
import type { Figures, MetricsDetail, RobustnessDetail, TemplatesDetail } from '../contract/results.js';
import type { CrossValidationCheck, MetricsCheck, RobustnessCheck, Suite, TemplatesCheck } from '../suite/types.js';
import { runRobustness } from './runRobustness.js';
import { holdoutSplit, scoredModel } from './holdoutSplit.js';
import { runTemplates } from './runTemplates.js';
import { crossValidate, type CrossValidationDetail } from './crossValidate.js';
import { predictExamples } from './predictExamples.js';
import type { Progress } from './progress.js';
import { recordOf } from './recordOf.js';
import type { RecordWriter } from './recordWriter.js';
import { scorePredictions } from './scorePredictions.js';
import { runTextChecks } from './runTextChecks.js';
import type { QualityDetail } from './qualityFigures.js';
import type { SafetyDetail } from './safetyFigures.js';
import { modelSummary, openSuiteModel, type ModelSummary } from './suiteModel.js';
import type { StopControl } from './stopControl.js';
import type { AnswerIndex } from './answerIndex.js';
import { inShard, type Shard } from './shard.js';

/** What the model-driven checks produced. */
export interface ModelChecksOutcome {
  figures: Figures;
  metrics?: MetricsDetail;
  crossValidation?: CrossValidationDetail;
  robustness?: RobustnessDetail;
  templates?: TemplatesDetail;
  safety?: SafetyDetail;
  quality?: QualityDetail;
  model: ModelSummary;
  /** Train/test split of a holdout, as row indices (for the leakage check). */
  split?: { train: Uint32Array; test: Uint32Array };
  /** Cache use, when answers were cached (kept out of results.json: it differs between runs). */
  cache?: { hits: number; misses: number };
}

/**
 * Runs the checks that call the model: the holdout split (scikit-learn's train_test_split with the
 * suite's seed, stratified by default), fitting a trainable model on the training part, the
 * metrics, robustness, templates, safety and quality checks on the test part with the fitted model
 * (or on every row with the model itself when the suite does not train it), and cross-validation
 * (on the training part when there is a holdout, else on every row). With `ctx.shard` each check
 * asks only for the examples (and their variants) whose id hashes to the shard.
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
    const metrics = suite.checks.find((c): c is MetricsCheck => c.kind === 'metrics');
    const robustness = suite.checks.find((c): c is RobustnessCheck => c.kind === 'robustness');
    const templates = suite.checks.find((c): c is TemplatesCheck => c.kind === 'templates');
    let metricsDetail: MetricsDetail | undefined;
    let robustnessDetail: RobustnessDetail | undefined;
    let templatesDetail: TemplatesDetail | undefined;
    const textChecks = suite.checks.some((c) => c.kind === 'safety' || c.kind === 'quality');
    // One fitted model and one set of held-out rows for every check that scores the model.
    const fitted = metrics || robustness || templates || textChecks ? await scoredModel(model, examples, split) : undefined;
    if (fitted && (metrics || robustness || templates)) {
      const { scored, testRows } = fitted;
      let answers: Prediction[] | undefined;
      if (metrics || robustness) {
        const asked = only ? testRows.filter((e) => only(e.id)) : testRows;
        const progress = ctx.progress('metrics', asked.length);
        answers = await predictExamples(scored, asked, {
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
        if (only) {
          // A shard asks only its own rows; the others' answers belong to other shards.
          const mine = new Map(asked.map((e, i) => [e, answers![i]]));
          answers = testRows.map((e) => mine.get(e) ?? { error: 'in another shard' });
        }
      }
      if (metrics && answers && !only && !answers.every((a) => a.error !== undefined)) {
        // When every answer failed there is nothing to score: the error rate decides (exit 3 above the maximum).
        const r = scorePredictions(testRows, answers, metrics, suite.data, { suiteFile: suite.file, seed: suite.seed, ...(scored.classes ? { classes: scored.classes } : {}) });
        Object.assign(figures, r.figures);
        metricsDetail = r.detail;
      }
      const searchCtx = {
        model: scored,
        seed: suite.seed,
        batchSize: options.batchSize,
        journal: ctx.journal,
        progress: ctx.progress,
        suiteFile: suite.file,
        ...(only ? { only } : {}),
        ...((metricsDetail?.pos_label ?? suite.data.posLabel) !== undefined ? { posLabel: (metricsDetail?.pos_label ?? suite.data.posLabel) as Label } : {}),
      };
      if (robustness && answers) {
        const r = await runRobustness(robustness, testRows, answers, searchCtx);
        Object.assign(figures, r.figures);
        robustnessDetail = r.detail;
        calls += r.calls;
        errors += r.errors;
      }
      if (templates) {
        const r = await runTemplates(templates, { ...searchCtx, ...(window !== undefined ? { window } : {}) });
        Object.assign(figures, r.figures);
        templatesDetail = r.detail;
        calls += r.calls;
        errors += r.errors;
      }
    }
    const cv = suite.checks.find((c): c is CrossValidationCheck => c.kind === 'cross-validation');
    let cvDetail: CrossValidationDetail | undefined;
    if (cv) {
      const rows = split ? Array.from(split.train, (i) => examples[i]) : examples;
      const progress = ctx.progress('cross-validation', rows.length * cv.repeats);
      const r = await crossValidate(model, rows, cv, suite.data, { suiteFile: suite.file, seed: suite.seed, journal: ctx.journal, progress, ...(window ? { window } : {}), ...(only ? { only } : {}) });
      progress.stop();
      Object.assign(figures, r.figures);
      cvDetail = r.detail;
      calls += r.calls;
      errors += r.errors;
    }
    let text: Awaited<ReturnType<typeof runTextChecks>> | undefined;
    if (fitted && textChecks) {
      text = await runTextChecks(suite, fitted.testRows, fitted.scored, { journal: ctx.journal, progress: ctx.progress, window, only });
      Object.assign(figures, text.figures);
      calls += text.calls;
      errors += text.errors;
      for (const e of text.firstErrors) if (firstErrors.length < 20) firstErrors.push(e);
    }
    if (fitted && fitted.scored !== model) await fitted.scored.close?.();
    figures['errors.count'] = { value: errors };
    figures['errors.rate'] = { value: calls === 0 ? 0 : errors / calls };
    return {
      figures,
      ...(metricsDetail ? { metrics: metricsDetail } : {}),
      ...(cvDetail ? { crossValidation: cvDetail } : {}),
      ...(robustnessDetail ? { robustness: robustnessDetail } : {}),
      ...(templatesDetail ? { templates: templatesDetail } : {}),
      ...(text?.safety ? { safety: text.safety } : {}),
      ...(text?.quality ? { quality: text.quality } : {}),
      model: modelSummary(model, options.maxErrorRate, calls, errors, firstErrors),
      ...(cache ? { cache: { hits: cache.hits, misses: cache.misses } } : {}),
      ...(split ? { split } : {}),
    };
  } finally {
    await model.close?.();
  }
}
