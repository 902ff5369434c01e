import type { Prediction } from '../model.js';

/**
 * One failed Prediction per input, each its own object carrying `message` (and the call's wall
 * time when known). Cost O(count). Never throws.
 * Example: `errorPredictions(2, 'down')` → `[{ error: 'down' }, { error: 'down' }]`.
 */
export function errorPredictions(count: number, message: string, latencyMs?: number): Prediction[] {
  const out: Prediction[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = latencyMs === undefined ? { error: message } : { error: message, latencyMs };
  return out;
}
