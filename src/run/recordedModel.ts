import type { Model, Prediction } from '../models/model.js';
import { ANSWER_MODEL, ANSWER_REPLAYED, modelFingerprint, type StampedPrediction } from './answerStamp.js';
import type { AnswerIndex } from './answerIndex.js';
import { failedCall } from './failedCall.js';

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
  // The real model's answers, one per input: a call that throws or miscounts answers each input
  // with an error, stamped like any answer, so that its records name the model and a merge or a
  // resume replays them (unstamped, a merge found them in no shard and refused the shards).
  const ask = async (inputs: readonly unknown[]): Promise<Prediction[]> => {
    let answers: Prediction[];
    try {
      answers = await model.predict(inputs);
      if (answers.length !== inputs.length) answers = failedCall(inputs.length, { got: answers.length });
    } catch (e) {
      answers = failedCall(inputs.length, { thrown: e });
    }
    return answers.map((p) => stamp(p, false));
  };
  return {
    get identity() {
      return model.identity;
    },
    ...(model.classes ? { classes: model.classes } : {}),
    async predict(inputs) {
      if (!index) return ask(inputs);
      const out: (Prediction | undefined)[] = inputs.map((x) => {
        const hit = index.take(fpOf(), x);
        return hit === undefined ? undefined : stamp(hit.answer, hit.recorded);
      });
      const missing = out.flatMap((p, i) => (p === undefined ? [i] : []));
      if (missing.length > 0 && mode === 'merge') {
        for (const i of missing) {
          index.misses.push({ model: fpOf(), input: inputs[i] });
          out[i] = { error: 'no record of this answer in the merged shards' };
        }
      } else if (missing.length > 0) {
        const answers = await ask(missing.map((i) => inputs[i]));
        missing.forEach((i, j) => {
          out[i] = answers[j];
        });
      }
      return out as Prediction[];
    },
    ...(model.fit ? { fit: async (examples) => recordedModel(await model.fit!(examples), index, mode) } : {}),
    ...(model.close ? { close: () => model.close!() } : {}),
  };
}
