import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { createLimiter, type Limiter } from './createLimiter.js';
import { httpSend, type HttpRequest, type InFlight } from './httpSend.js';
import { sendWithRetries, type CallOutcome } from './sendWithRetries.js';
import type { TransportSettings } from './transportOptions.js';

/** A model's connection to its endpoint: bounded sockets, bounded concurrency, retries. */
export interface Transport {
  /**
   * Sends once a slot is free, retrying per the policy; the slot is held through the retries.
   * `secrets` are redacted from error bodies before they are cut. Never throws.
   */
  call(request: HttpRequest, secrets?: readonly string[]): Promise<CallOutcome>;
  /** Shared by every call of this transport. */
  readonly limiter: Limiter;
  /** Cancels calls in flight (they end with a "cancelled" error) and closes idle sockets. */
  close(): Promise<void>;
}

/**
 * Creates the transport for one endpoint protocol: a keep-alive `http.Agent` (or `https.Agent`)
 * with `maxSockets = concurrency`, a {@link createLimiter} of the same size, and
 * {@link sendWithRetries} over {@link httpSend}. Cost: no sockets until the first call.
 * Example: `await createTransport('https:', settings).call(req)` → `{ ok: true, status: 200, … }`.
 */
export function createTransport(protocol: string, settings: TransportSettings): Transport {
  const Agent = protocol === 'https:' ? https.Agent : http.Agent;
  const agent = new Agent({ keepAlive: true, maxSockets: settings.concurrency });
  const limiter = createLimiter(settings.concurrency);
  const closing = new AbortController();
  setMaxListeners(0, closing.signal); // one listener per call sleeping between attempts
  const inFlight: InFlight = new Set();
  return {
    limiter,
    call(request, secrets = []) {
      return limiter.run(() =>
        sendWithRetries(
          () => (closing.signal.aborted ? Promise.resolve({ kind: 'aborted' as const }) : httpSend(request, agent, settings.timeoutMs, inFlight)),
          settings.policy,
          closing.signal,
          secrets,
        ),
      );
    },
    async close() {
      closing.abort();
      for (const cancel of [...inFlight]) cancel();
      agent.destroy();
    },
  };
}
