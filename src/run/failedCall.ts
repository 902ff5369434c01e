import type { Prediction } from '../models/model.js';

/**
 * The answers of a predict call that threw (an adapter bug, not a failed request) or returned the
 * wrong number of answers: one error answer per input, so each example still gets exactly one.
 * Cost O(count). Example: `failedCall(2, { got: 1 })` →
 * `[{ error: 'model returned 1 answers for 2 inputs' }, { error: 'model returned 1 answers for 2 inputs' }]`.
 */
export function failedCall(count: number, why: { thrown: unknown } | { got: number }): Prediction[] {
  const message = 'thrown' in why ? `predict failed: ${(why.thrown as Error)?.message}` : `model returned ${why.got} answers for ${count} inputs`;
  return Array.from({ length: count }, () => ({ error: message }));
}
