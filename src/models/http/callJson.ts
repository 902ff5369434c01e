import type { Prediction } from '../model.js';
import { redactSecrets } from './envTemplate.js';
import type { HttpRequest } from './httpSend.js';
import { snippet } from './sendWithRetries.js';
import type { Transport } from './createTransport.js';

/** A call that reached a JSON document, or the failed Prediction to return. */
export type JsonCall =
  | { ok: true; doc: unknown; attempts: number; latencyMs: number }
  | { ok: false; prediction: Prediction };

/** The attempt count appended to content errors. O(1). Example: `afterAttempts(4)` → ` (after 4 attempts)`. */
export function afterAttempts(n: number): string {
  return ` (after ${n} attempt${n === 1 ? '' : 's'})`;
}

/**
 * Sends `request` through `transport` and parses the 2xx body as JSON. A transport failure or a
 * body that is not JSON becomes `{ ok: false, prediction: { error, latencyMs } }` (not retried:
 * a server answering 2xx with a broken body is taken as a fault of the endpoint, not a transient
 * one), with every secret replaced by `***`. Never throws. Cost: one call; O(body) to parse.
 * Example: `await callJson(t, req, ['sk-1'])` → `{ ok: true, doc: { label: 'spam' }, attempts: 1, latencyMs: 4.1 }`.
 */
export async function callJson(transport: Transport, request: HttpRequest, secrets: readonly string[]): Promise<JsonCall> {
  const r = await transport.call(request, secrets);
  if (!r.ok) return { ok: false, prediction: { error: redactSecrets(r.error, secrets), latencyMs: r.latencyMs } };
  try {
    return { ok: true, doc: JSON.parse(r.body) as unknown, attempts: r.attempts, latencyMs: r.latencyMs };
  } catch {
    const got = r.body.trim() === '' ? 'an empty body' : snippet(r.body, 100, secrets);
    const error = `response is not valid JSON: ${got}${afterAttempts(r.attempts)}`;
    return { ok: false, prediction: { error: redactSecrets(error, secrets), latencyMs: r.latencyMs } };
  }
}

/**
 * A content error (found in a 2xx response) as a failed Prediction with the attempt count and
 * the latency, secrets redacted. O(length × secrets).
 * Example: `contentError('response has no \`label\`', { attempts: 1, latencyMs: 3 }, [])` → `{ error: 'response has no \`label\` (after 1 attempt)', latencyMs: 3 }`.
 */
export function contentError(reason: string, call: { attempts: number; latencyMs: number }, secrets: readonly string[]): Prediction {
  return { error: redactSecrets(`${reason}${afterAttempts(call.attempts)}`, secrets), latencyMs: call.latencyMs };
}
