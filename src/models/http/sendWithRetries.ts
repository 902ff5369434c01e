import { performance } from 'node:perf_hooks';
import { backoffDelay } from './backoffDelay.js';
import type { HttpAttempt } from './httpSend.js';
import { parseRetryAfter } from './parseRetryAfter.js';
import { redactedSnippet } from './redactSecrets.js';

/** How failed attempts are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt (3 → at most 4 attempts). */
  retries: number;
  /** Backoff base and cap, before jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest `Retry-After` wait honoured; a longer one is cut to this. */
  maxRetryAfterMs: number;
  /** Uniform in [0, 1), for the jitter. */
  random: () => number;
  /** Waits `ms` (resolving early when `signal` aborts). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The wall clock in ms, for `Retry-After` dates. */
  now: () => number;
}

/** The result of a call after its retries. */
export type CallOutcome =
  | { ok: true; status: number; body: string; attempts: number; latencyMs: number }
  | { ok: false; error: string; attempts: number; latencyMs: number };

/** Connection-level failures worth another attempt. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENETUNREACH', 'ENETDOWN',
  'EHOSTUNREACH', 'EHOSTDOWN', 'EAI_AGAIN', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET',
]);

/**
 * Whether a status is worth another attempt: 408 Request Timeout, 429 Too Many Requests and
 * every 5xx; other statuses are final. O(1). Example: `isRetryableStatus(404)` → `false`.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * The first `max` characters of a response body with whitespace runs collapsed, `…` when cut,
 * for error messages; `secrets` are redacted before the cut (see redactedSnippet), so none
 * survives in part. O(length × secrets). Example: `snippet('a\n  b', 10)` → `a b`.
 */
export function snippet(body: string, max = 200, secrets: readonly string[] = []): string {
  return redactedSnippet(body, max, secrets);
}

/**
 * Calls `attempt` until it gives a 2xx response or a final failure, at most `retries + 1`
 * times. Retried: timeouts, the connection errors in RETRYABLE_CODES and "socket hang up",
 * and statuses 408/429/5xx; the wait is `Retry-After` (429 and 503 only; seconds or an HTTP date;
 * capped at `maxRetryAfterMs`) or else full-jitter exponential backoff. Not retried: other
 * statuses (4xx, 3xx: redirects are not followed) and other errors (TLS, DNS `ENOTFOUND`…).
 * `secrets` are redacted from the body before it is cut into the error.
 * Never throws. `latencyMs` is the wall time of the final attempt; `error` reads
 * `<reason> after <n> attempt(s)`, e.g. `HTTP 503 after 4 attempts: <start of the body>`.
 * Example: `await sendWithRetries(() => httpSend(req, agent, 1000), policy)` → `{ ok: true, status: 200, body, attempts: 1, latencyMs: 3.2 }`.
 */
export async function sendWithRetries(attempt: () => Promise<HttpAttempt>, policy: RetryPolicy, signal?: AbortSignal, secrets: readonly string[] = []): Promise<CallOutcome> {
  for (let n = 1; ; n++) {
    const t0 = performance.now();
    const a = await attempt();
    const latencyMs = Math.round((performance.now() - t0) * 1000) / 1000;
    const last = n > policy.retries || signal?.aborted === true;
    const fail = (reason: string, detail = ''): CallOutcome => ({
      ok: false, attempts: n, latencyMs, error: `${reason} after ${n} attempt${n === 1 ? '' : 's'}${detail}`,
    });
    let wait: number | undefined;
    if (a.kind === 'response') {
      if (a.status >= 200 && a.status < 300) return { ok: true, status: a.status, body: a.body, attempts: n, latencyMs };
      const detail = a.body.trim() === '' ? '' : `: ${snippet(a.body, 200, secrets)}`;
      if (last || !isRetryableStatus(a.status)) return fail(`HTTP ${a.status}`, detail);
      if (a.status === 429 || a.status === 503) {
        const asked = parseRetryAfter(a.headers['retry-after'], policy.now());
        if (asked !== undefined) wait = Math.min(asked, policy.maxRetryAfterMs);
      }
    } else if (a.kind === 'timeout') {
      if (last) return fail(`timed out (no complete response within ${a.timeoutMs} ms)`);
    } else if (a.kind === 'aborted') {
      return fail('cancelled (the model was closed)');
    } else {
      const reason = a.message.includes(a.code) ? a.message : `${a.message} (${a.code})`;
      if (last || !(RETRYABLE_CODES.has(a.code) || /socket hang up/i.test(a.message))) return fail(reason);
    }
    await policy.sleep(wait ?? backoffDelay(n - 1, policy.baseDelayMs, policy.maxDelayMs, policy.random), signal);
  }
}
