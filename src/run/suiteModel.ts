import { createModel } from '../models/createModel.js';
import { cachedModel, ResponseCache } from '../models/responseCache.js';
import { memoModel } from '../models/answerMemo.js';
import type { Model } from '../models/model.js';
import type { Results } from '../contract/results.js';
import type { Suite } from '../suite/types.js';
import type { AnswerIndex } from './answerIndex.js';
import { recordedModel } from './recordedModel.js';
import type { StopControl } from './stopControl.js';

/** The model-driven checks' summary of the model: results.json's `model` block. */
export type ModelSummary = NonNullable<Results['model']>;

/**
 * Opens the suite's model for its checks: the adapter, behind the response cache when the suite
 * caches and a cache directory is given, behind memoModel (every model but a builtin: one request
 * per distinct input in the run, `--no-cache` or not), behind {@link recordedModel} (fingerprinted answers;
 * replayed from `replay.index` when resuming or merging), and, given `stop`, stoppable (see
 * StopControl). `memo: false` leaves memoModel out (the streaming metrics path, which keeps no
 * answer). Throws what createModel throws.
 * Example: `(await openSuiteModel(suite, {})).cache` → `undefined` without a cache directory.
 */
export async function openSuiteModel(suite: Suite, ctx: { cacheDir?: string; replay?: { index: AnswerIndex; mode: 'resume' | 'merge' }; stop?: StopControl; memo?: boolean }): Promise<{ model: Model; cache?: ResponseCache }> {
  const { spec, options } = suite.model!;
  const base = await createModel(spec, options, { dir: suite.dir });
  const cache = options.cache && ctx.cacheDir !== undefined ? new ResponseCache(ctx.cacheDir) : undefined;
  const stored = cache ? cachedModel(base, cache) : base;
  // One run asks a model once per distinct input, cache or not (an embedded model answers faster
  // than a lookup; a streaming run, `memo: false`, asks each example once and must not keep a
  // million answers).
  const asked = spec.kind === 'builtin' || ctx.memo === false ? stored : memoModel(stored);
  const recorded = recordedModel(asked, ctx.replay?.index, ctx.replay?.mode);
  const model = ctx.stop ? ctx.stop.wrap(recorded) : recorded;
  return { model, ...(cache ? { cache } : {}) };
}

/**
 * The `model` block of results.json from the calls made and the first errors met.
 * Example: `modelSummary(m, 0.1, 10, 1, []).error_rate` → `0.1`.
 */
export function modelSummary(model: Model, maxErrorRate: number, calls: number, errors: number, firstErrors: { id: string; error: string }[]): ModelSummary {
  return {
    name: model.identity.name,
    ...(model.identity.version !== undefined ? { version: model.identity.version } : {}),
    parameters: model.identity.parameters,
    calls,
    errors,
    error_rate: calls === 0 ? 0 : errors / calls,
    max_error_rate: maxErrorRate,
    first_errors: firstErrors,
  };
}
