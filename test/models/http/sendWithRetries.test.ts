import { describe, expect, it } from 'vitest';
import type { HttpAttempt } from '../../../src/models/http/httpSend.js';
import { isRetryableStatus, sendWithRetries, type RetryPolicy } from '../../../src/models/http/sendWithRetries.js';

const ok: HttpAttempt = { kind: 'response', status: 200, headers: {}, body: '{"x":1}' };
const status = (s: number, headers: Record<string, string> = {}, body = ''): HttpAttempt => ({ kind: 'response', status: s, headers, body });
const net = (code: string, message = `connect ${code} 127.0.0.1:9`): HttpAttempt => ({ kind: 'network', code, message });

/** Plays `script` one attempt at a time and records the waits asked for. */
function run(script: HttpAttempt[], over: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  let calls = 0;
  const policy: RetryPolicy = {
    retries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 60_000,
    random: () => 0.5, sleep: async (ms) => void waits.push(ms), now: () => Date.UTC(2020, 0, 1), ...over,
  };
  const outcome = sendWithRetries(async () => script[Math.min(calls++, script.length - 1)], policy);
  return outcome.then((o) => ({ o, waits, calls }));
}

describe('sendWithRetries', () => {
  it('returns the first 2xx with its attempt count', async () => {
    const { o, waits, calls } = await run([status(500), status(502), ok]);
    expect(o).toMatchObject({ ok: true, status: 200, body: '{"x":1}', attempts: 3 });
    expect(waits).toEqual([50, 100]); // full jitter at 0.5 of 100·2^0, 100·2^1
    expect(calls).toBe(3);
  });

  it('gives up after retries + 1 attempts, saying why and how often', async () => {
    const { o, waits } = await run([status(503, {}, '<html>\n  busy  </html>')]);
    expect(o).toMatchObject({ ok: false, attempts: 4, error: 'HTTP 503 after 4 attempts: <html> busy </html>' });
    expect(waits).toEqual([50, 100, 200]);
    expect((await run([status(500)], { retries: 0 })).o).toMatchObject({ error: 'HTTP 500 after 1 attempt' });
  });

  it('does not retry 4xx other than 408 and 429, nor 3xx', async () => {
    for (const s of [400, 401, 403, 404, 422, 301]) {
      const { o, calls } = await run([status(s, {}, '{"error":"no"}'), ok]);
      expect(o).toMatchObject({ ok: false, error: `HTTP ${s} after 1 attempt: {"error":"no"}` });
      expect(calls).toBe(1);
    }
    for (const s of [408, 429, 500, 504]) expect((await run([status(s), ok])).calls).toBe(2);
    expect([399, 400, 407, 408, 428, 429, 430, 499, 500, 599, 600].map(isRetryableStatus)).toEqual([false, false, false, true, false, true, false, false, true, true, false]);
  });

  it('honours Retry-After on 429 and 503 only, capped', async () => {
    expect((await run([status(429, { 'retry-after': '1' }), ok])).waits).toEqual([1000]);
    expect((await run([status(503, { 'retry-after': 'Wed, 01 Jan 2020 00:00:07 GMT' }), ok])).waits).toEqual([7000]);
    expect((await run([status(429, { 'retry-after': '3600' }), ok])).waits).toEqual([60_000]);
    expect((await run([status(429, { 'retry-after': '3600' }), ok], { maxRetryAfterMs: 5000 })).waits).toEqual([5000]);
    expect((await run([status(500, { 'retry-after': '9' }), ok])).waits).toEqual([50]);
    expect((await run([status(429, { 'retry-after': 'later' }), ok])).waits).toEqual([50]);
  });

  it('retries connection errors and timeouts, not DNS or TLS failures', async () => {
    for (const a of [net('ECONNRESET', 'read ECONNRESET'), net('ECONNREFUSED'), { kind: 'network', code: 'ECONNRESET', message: 'socket hang up' } as HttpAttempt, { kind: 'timeout', timeoutMs: 50 } as HttpAttempt]) {
      expect((await run([a, ok])).o).toMatchObject({ ok: true, attempts: 2 });
    }
    const t = await run([{ kind: 'timeout', timeoutMs: 50 }], { retries: 1 });
    expect(t.o).toMatchObject({ ok: false, error: 'timed out (no complete response within 50 ms) after 2 attempts' });
    const dns = await run([net('ENOTFOUND', 'getaddrinfo ENOTFOUND nohost'), ok]);
    expect(dns).toMatchObject({ calls: 1, o: { ok: false, error: 'getaddrinfo ENOTFOUND nohost after 1 attempt' } });
    const tls = await run([net('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), ok]);
    expect(tls.o).toMatchObject({ error: 'self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT) after 1 attempt' });
  });

  it('stops at once when cancelled', async () => {
    const { o, calls } = await run([{ kind: 'aborted' }, ok]);
    expect(o).toMatchObject({ ok: false, error: 'cancelled (the model was closed) after 1 attempt' });
    expect(calls).toBe(1);
  });
});
