import { isInterrupted } from '../models/interrupted.js';
import type { Model, Prediction, PredictOptions } from '../models/model.js';
import { failedCall } from './failedCall.js';

/**
 * Asks `model` for one answer per input and reports each one exactly once to `opts.onAnswer`, as
 * soon as it is known: the answers an adapter reports as they arrive are passed on then (a second
 * report of an index is dropped); the others (an in-process model answering its batch at once) when
 * predict resolves, in input order. A call that throws, or returns the wrong number of answers,
 * answers each input not yet reported with an error (see failedCall); the answers already reported
 * stand. An interruption (InterruptedError) is rethrown, never turned into error answers.
 * Cost: one byte per input. Example: `await askModel(m, ['a'], { onAnswer: (i) => log(i) })` logs `0` once.
 */
export async function askModel(model: Model, inputs: readonly unknown[], opts: PredictOptions = {}): Promise<Prediction[]> {
  const { onAnswer } = opts;
  const got: (Prediction | undefined)[] = new Array(inputs.length);
  const report = (i: number, p: Prediction): void => {
    if (got[i] !== undefined) return;
    got[i] = p;
    onAnswer?.(i, p);
  };
  let answers: Prediction[] | undefined;
  let failure: Prediction[] | undefined;
  try {
    answers = await model.predict(inputs, { ...opts, onAnswer: report });
    if (answers.length !== inputs.length) failure = failedCall(inputs.length, { got: answers.length });
  } catch (e) {
    if (isInterrupted(e)) throw e;
    failure = failedCall(inputs.length, { thrown: e });
  }
  const source = failure ?? answers!;
  for (let i = 0; i < inputs.length; i++) if (got[i] === undefined) report(i, source[i]);
  return got as Prediction[];
}
