import type { Prediction } from '../model.js';
import { describeValue } from './describeValue.js';
import { errorPredictions } from './errorPredictions.js';
import { toPrediction } from './toPrediction.js';

/**
 * Checks what a model returned for a batch of `count` inputs: an array of exactly `count` answers,
 * each checked by {@link toPrediction}. A result that is not an array, or has the wrong length,
 * fails every input of the batch with a message naming `source` and what was wrong; a bad entry
 * fails only its input. `latencyMs` (the batch's wall time) fills answers that did not set their own.
 * Cost O(count). Never throws.
 * Example: `toPredictions([{ label: 1 }], 2, 'predict()')` →
 * `[{ error: 'predict() returned 1 prediction for 2 inputs' }, { error: 'predict() returned 1 prediction for 2 inputs' }]`.
 */
export function toPredictions(result: unknown, count: number, source: string, latencyMs?: number): Prediction[] {
  if (!Array.isArray(result)) {
    return errorPredictions(count, `${source} returned ${describeValue(result)}, expected an array of ${count} prediction${count === 1 ? '' : 's'}`, latencyMs);
  }
  if (result.length !== count) {
    const n = result.length;
    return errorPredictions(count, `${source} returned ${n} prediction${n === 1 ? '' : 's'} for ${count} input${count === 1 ? '' : 's'}`, latencyMs);
  }
  const out: Prediction[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const p = toPrediction(result[i], `${source} result [${i}]`);
    if (p.latencyMs === undefined && latencyMs !== undefined) p.latencyMs = latencyMs;
    out[i] = p;
  }
  return out;
}
