import type { Model, Prediction, PredictOptions } from '../models/model.js';
import { ANSWER_MODEL, ANSWER_REPLAYED, modelFingerprint, type StampedPrediction } from './answerStamp.js';
import type { AnswerIndex } from './answerIndex.js';
import { askModel } from './askModel.js';

/**
 * Wraps a model so that every answer carries its model's fingerprint (journaled as the record's
 * `model`) and, given an index of journal records, answers the inputs the index holds without
 * asking the model; an answer that is its ask's own record is flagged replayed so it is not
 * journaled again (one that reuses another ask's record is journaled, as the uninterrupted run did). Mode
 * `resume` asks the real model for the rest; mode `merge` never asks it: a miss is noted in
 * `index.misses` and answered with an error. A call of the real model that throws, or returns the
 * wrong number of answers, answers each of its inputs with a (stamped) error. `fit` fits the real model (fits are deterministic,
 * so the fingerprint matches the recorded one) and wraps the fitted model. Cost: one index lookup
 * per input. Example: `recordedModel(m).identity === m.identity` → `true`.
 */
export function recordedModel(model: Model, index?: AnswerIndex, mode: 'resume' | 'merge' = 'resume'): Model {
  // Computed on the first predict: a fitted model's identity may be costly to read, and unused.
  let fingerprint: string | undefined;
  const fpOf = () => (fingerprint ??= modelFingerprint(model.identity));
  const stamp = (p: Prediction, replayed: boolean): StampedPrediction => ({ ...p, [ANSWER_MODEL]: fpOf(), ...(replayed ? { [ANSWER_REPLAYED]: true as const } : {}) });
  // The real model's answers, one per input, each stamped and reported as it arrives: a call that
  // throws or miscounts answers each input with an error, stamped like any answer, so that its
  // records name the model and a merge or a resume replays them (unstamped, a merge found them in
  // no shard and refused the shards).
  const ask = async (inputs: readonly unknown[], opts: PredictOptions, onAnswer: (j: number, p: Prediction) => void): Promise<void> => {
    await askModel(model, inputs, { ...(opts.signal ? { signal: opts.signal } : {}), onAnswer: (j, p) => onAnswer(j, stamp(p, false)) });
  };
  return {
    get identity() {
      return model.identity;
    },
    ...(model.classes ? { classes: model.classes } : {}),
    async predict(inputs, opts = {}) {
      const out: (Prediction | undefined)[] = new Array<Prediction | undefined>(inputs.length).fill(undefined);
      const report = (i: number, p: Prediction): void => {
        out[i] = p;
        opts.onAnswer?.(i, p);
      };
      if (!index) {
        await ask(inputs, opts, report);
        return out as Prediction[];
      }
      for (let i = 0; i < inputs.length; i++) {
        const hit = index.take(fpOf(), inputs[i]);
        if (hit !== undefined) report(i, stamp(hit.answer, hit.recorded));
      }
      const missing = out.flatMap((p, i) => (p === undefined ? [i] : []));
      if (missing.length > 0 && mode === 'merge') {
        for (const i of missing) {
          index.misses.push({ model: fpOf(), input: inputs[i] });
          report(i, { error: 'no record of this answer in the merged shards' });
        }
      } else if (missing.length > 0) {
        await ask(missing.map((i) => inputs[i]), opts, (j, p) => report(missing[j], p));
      }
      return out as Prediction[];
    },
    ...(model.fit ? { fit: async (examples) => recordedModel(await model.fit!(examples), index, mode) } : {}),
    ...(model.close ? { close: () => model.close!() } : {}),
  };
}
