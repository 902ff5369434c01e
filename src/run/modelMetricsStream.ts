import type { Example } from '../data/example.js';
import type { Model } from '../models/model.js';
import type { ResponseCache } from '../models/responseCache.js';
import type { Figures, MetricsDetail } from '../contract/results.js';
import type { MetricsCheck, Suite } from '../suite/types.js';
import type { AnswerIndex } from './answerIndex.js';
import { predictExamples, PREDICT_WINDOW } from './predictExamples.js';
import { PredictionScorer } from './predictionScorer.js';
import { silentProgress, type Progress } from './progress.js';
import { recordOf } from './recordOf.js';
import type { RecordWriter } from './recordWriter.js';
import type { ModelChecksOutcome } from './runModelChecks.js';
import { inShard, type Shard } from './shard.js';
import { modelSummary, openSuiteModel } from './suiteModel.js';
import type { StopControl } from './stopControl.js';

/**
 * Whether a model suite can be run as the data streams by: its only checks are metrics checks
 * on every row (no holdout, cross-validation, robustness, templates, text or data-quality
 * checks, which need the examples together). Example: a suite with `checks: [metrics: [accuracy]]` → `true`.
 */
export function streamsModelMetrics(suite: Suite): boolean {
  return suite.model !== undefined && suite.data.holdout === undefined && suite.checks.length > 0 && suite.checks.every((c) => c.kind === 'metrics');
}

/**
 * The metrics check of a model suite that {@link streamsModelMetrics}, fed the data's batches as
 * they are read: asks the model window by window (the same windows, in the same order, as
 * runModelChecks would), journals each answer and scores it at once, so that neither examples
 * nor answers are kept: memory is O(window) plus the metrics' typed columns. `finish` gives
 * what runModelChecks gives for such a suite, figure for figure. Throws what the model's adapter
 * or the metrics throw.
 */
export class ModelMetricsStream {
  private pending: Example[] = [];
  private readonly scorer = new PredictionScorer();
  private readonly firstErrors: { id: string; error: string }[] = [];
  private calls = 0;
  private errors = 0;
  private answered = 0;
  private closed = false;
  /** Examples seen (in and out of the shard). */
  examples = 0;

  private constructor(
    private readonly suite: Suite,
    private readonly model: Model,
    private readonly cache: ResponseCache | undefined,
    private readonly ctx: { journal: RecordWriter; progress: Progress; shard?: Shard },
    private readonly window: number,
  ) {}

  /** Opens the suite's model (see openSuiteModel). */
  static async open(suite: Suite, ctx: { journal: RecordWriter; progress?: Progress; cacheDir?: string; replay?: { index: AnswerIndex; mode: 'resume' | 'merge' }; shard?: Shard; stop?: StopControl }): Promise<ModelMetricsStream> {
    // An in-process model streamed over millions of rows keeps no answers; a remote one is still
    // asked once per distinct input.
    const { model, cache } = await openSuiteModel(suite, { ...ctx, memo: suite.model!.spec.kind !== 'module' });
    const { spec, options } = suite.model!;
    // In-process modules get the suite's batch size; the other adapters batch and pace themselves.
    const window = spec.kind === 'module' ? options.batchSize : PREDICT_WINDOW;
    return new ModelMetricsStream(suite, model, cache, { journal: ctx.journal, progress: ctx.progress ?? silentProgress, ...(ctx.shard ? { shard: ctx.shard } : {}) }, window);
  }

  /** Takes the next batch of examples, asking the model for every full window. */
  async add(batch: readonly Example[]): Promise<void> {
    const shard = this.ctx.shard;
    for (const ex of batch) {
      this.examples++;
      if (shard && !inShard(ex.id, shard)) continue;
      this.pending.push(ex);
      if (this.pending.length >= this.window) await this.ask();
    }
  }

  /** Asks for the last window, closes the model and returns the checks' outcome. */
  async finish(): Promise<ModelChecksOutcome> {
    await this.ask();
    this.ctx.progress.stop();
    await this.close();
    const figures: Figures = {};
    let metrics: MetricsDetail | undefined;
    const check = this.suite.checks.find((c): c is MetricsCheck => c.kind === 'metrics')!;
    // A shard scores nothing; when every answer failed there is nothing to score: the error rate decides.
    if (!this.ctx.shard && this.answered > 0) {
      const classes = this.model.classes;
      const r = this.scorer.result(check, this.suite.data, { suiteFile: this.suite.file, seed: this.suite.seed, ...(classes ? { classes } : {}) });
      Object.assign(figures, r.figures);
      metrics = r.detail;
    }
    figures['errors.count'] = { value: this.errors };
    figures['errors.rate'] = { value: this.calls === 0 ? 0 : this.errors / this.calls };
    return {
      figures,
      checks: metrics ? { metrics } : {},
      model: modelSummary(this.model, this.suite.model!.options.maxErrorRate, this.calls, this.errors, this.firstErrors),
      ...(this.cache ? { cache: { hits: this.cache.hits, misses: this.cache.misses } } : {}),
    };
  }

  /** Closes the model (once; finish does it, a failed run's cleanup may). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.model.close?.();
  }

  private async ask(): Promise<void> {
    if (this.pending.length === 0) return;
    const slice = this.pending;
    this.pending = [];
    const { journal, progress } = this.ctx;
    const answers = await predictExamples(this.model, slice, { window: slice.length, progress, onAnswer: (ex, a) => journal.add(recordOf(ex, a, 'metrics', null), a) });
    for (let i = 0; i < slice.length; i++) {
      const a = answers[i];
      if (a.error !== undefined) {
        this.errors++;
        if (this.firstErrors.length < 20) this.firstErrors.push({ id: slice[i].id, error: a.error });
      } else this.answered++;
      this.scorer.add(slice[i], a);
    }
    this.calls += slice.length;
    await journal.flushIfFull();
  }
}
