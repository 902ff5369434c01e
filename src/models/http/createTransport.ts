import { setMaxListeners } from 'node:events';
import { Pool } from 'undici';
import { createLimiter, type Limiter } from './createLimiter.js';
import { httpSend, type HttpRequest, type InFlight } from './httpSend.js';
import { sendWithRetries, type CallOutcome } from './sendWithRetries.js';
import type { TransportSettings } from './transportOptions.js';

/** A model's connection to its endpoint: bounded sockets, bounded concurrency, retries. */
export interface Transport {
  /** Sends once a slot is free, retrying per the policy; the slot is held through the retries. Never throws. */
  call(request: HttpRequest): Promise<CallOutcome>;
  /** Shared by every call of this transport. */
  readonly limiter: Limiter;
  /** Cancels calls in flight (they end with a "cancelled" error) and closes idle sockets. */
  close(): Promise<void>;
}

/**
 * Creates the transport for one endpoint origin (`http:` or `https:`): an undici keep-alive `Pool`
 * with `concurrency` connections (about half node:http's CPU per request, which at high
 * concurrency is what a request's latency waits on), a {@link createLimiter} of the same size, and
 * {@link sendWithRetries} over {@link httpSend}. Cost: no sockets until the first call.
 * Example: `await createTransport(new URL('https://api.example.com/v1'), settings).call(req)` → `{ ok: true, status: 200, … }`.
 */
export function createTransport(endpoint: URL, settings: TransportSettings): Transport {
  // httpSend's timer bounds each attempt: undici's own header/body timeouts are off, its connect one matches.
  const pool = new Pool(endpoint.origin, { connections: settings.concurrency, headersTimeout: 0, bodyTimeout: 0, connectTimeout: settings.timeoutMs });
  const limiter = createLimiter(settings.concurrency);
  const closing = new AbortController();
  setMaxListeners(0, closing.signal); // one listener per call sleeping between attempts
  const inFlight: InFlight = new Set();
  return {
    limiter,
    call(request) {
      return limiter.run(() =>
        sendWithRetries(
          () => (closing.signal.aborted ? Promise.resolve({ kind: 'aborted' as const }) : httpSend(request, pool, settings.timeoutMs, inFlight)),
          settings.policy,
          closing.signal,
        ),
      );
    },
    async close() {
      closing.abort();
      for (const cancel of [...inFlight]) cancel();
      if (!pool.destroyed) await pool.destroy();
    },
  };
}
