import type { Example } from '../data/example.js';
import type { Model, Prediction } from '../models/model.js';
import type { Progress } from './progress.js';
import { failedCall } from './failedCall.js';

/** Inputs handed to one `predict` call: remote adapters spread them over their own concurrency. */
export const PREDICT_WINDOW = 4096;

/**
 * Asks the model for every example's answer, `window` inputs per predict call, in order. A call
 * that throws (an adapter bug, not a failed request) turns every input of that call into an error
 * prediction, so each example still gets exactly one answer. Reports progress as windows finish.
 * Cost: one predict call per window; memory O(window) beyond the answers kept.
 */
export async function predictExamples(
  model: Model,
  examples: readonly Example[],
  opts: { window?: number | undefined; progress?: Progress; onAnswers?: (examples: readonly Example[], answers: readonly Prediction[]) => void | Promise<void> } = {},
): Promise<Prediction[]> {
  const window = opts.window ?? PREDICT_WINDOW;
  const out: Prediction[] = [];
  for (let start = 0; start < examples.length; start += window) {
    const slice = examples.slice(start, start + window);
    let answers: Prediction[];
    try {
      answers = await model.predict(slice.map((e) => e.input));
      if (answers.length !== slice.length) answers = failedCall(slice.length, { got: answers.length });
    } catch (e) {
      answers = failedCall(slice.length, { thrown: e });
    }
    for (const a of answers) out.push(a);
    opts.progress?.tick(slice.length, answers.filter((a) => a.error !== undefined).length);
    await opts.onAnswers?.(slice, answers);
  }
  return out;
}
