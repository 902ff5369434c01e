import { forEachIndex } from './forEachIndex.js';
import { throwIfStopped } from './interrupted.js';
import type { Prediction, PredictOptions } from './model.js';

/**
 * The predict loop the remote adapters share: `inputs` in chunks of `size`, at most `workers`
 * chunks asked at once through `ask` (one answer per input of its chunk), each answer placed and
 * reported to `opts.onAnswer` as its chunk comes back. With `onAnswer`, a worker waits for the end
 * of the event-loop turn before its next chunk, so that the caller's journal write of the answers
 * that came goes first. Once `opts.signal` is aborted no new chunk is asked; the running ones finish
 * and the call rejects with the signal's reason. Cost: one `ask` per chunk.
 * Example: `await askInChunks(['a', 'b'], 1, 2, {}, async ([x]) => [{ label: String(x) }])` → `[{ label: 'a' }, { label: 'b' }]`.
 */
export async function askInChunks(inputs: readonly unknown[], size: number, workers: number, opts: PredictOptions, ask: (chunk: readonly unknown[]) => Promise<Prediction[]>): Promise<Prediction[]> {
  const { onAnswer, signal } = opts;
  const out: Prediction[] = new Array(inputs.length);
  await forEachIndex(Math.ceil(inputs.length / size), workers, async (c) => {
    const from = c * size;
    const got = await ask(inputs.slice(from, from + size));
    for (let i = 0; i < got.length; i++) {
      out[from + i] = got[i];
      onAnswer?.(from + i, got[i]);
    }
  }, signal, { yieldBetween: onAnswer !== undefined });
  throwIfStopped(signal);
  return out;
}
