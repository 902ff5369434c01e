import type { Example } from '../data/example.js';
import type { Model, Prediction } from '../models/model.js';
import type { Progress } from './progress.js';
import { askModel } from './askModel.js';

/** Inputs handed to one `predict` call: remote adapters spread them over their own concurrency. */
export const PREDICT_WINDOW = 4096;

/**
 * Asks the model for every example's answer, `window` inputs per predict call, in order. Each
 * answer reaches `onAnswer` (the caller journals it) and the progress display in the event-loop
 * turn it arrives, so an interrupted run loses at most the calls in flight. A call that throws (an
 * adapter bug, not a failed request) turns every input of that call not yet answered into an error
 * prediction, so each example still gets exactly one answer; an interruption is rethrown.
 * `onAnswers` sees each window once it is complete. Cost: one predict call per window; memory
 * O(window) beyond the answers kept.
 */
export async function predictExamples(
  model: Model,
  examples: readonly Example[],
  opts: {
    window?: number | undefined;
    progress?: Progress;
    onAnswer?: (example: Example, answer: Prediction) => void;
    onAnswers?: (examples: readonly Example[], answers: readonly Prediction[]) => void | Promise<void>;
  } = {},
): Promise<Prediction[]> {
  const window = opts.window ?? PREDICT_WINDOW;
  const { progress, onAnswer } = opts;
  const out: Prediction[] = [];
  for (let start = 0; start < examples.length; start += window) {
    const slice = examples.slice(start, start + window);
    const answers = await askModel(model, slice.map((e) => e.input), {
      onAnswer: (i, a) => {
        onAnswer?.(slice[i], a);
        progress?.tick(1, a.error !== undefined ? 1 : 0);
      },
    });
    for (const a of answers) out.push(a);
    await opts.onAnswers?.(slice, answers);
    // The window's last answers are journaled at the end of this turn: before the next window asks.
    if (start + window < examples.length) await new Promise<void>((r) => setImmediate(r));
  }
  return out;
}
