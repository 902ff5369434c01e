import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';

/** One HTTP request, ready to send. */
export interface HttpRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** What one attempt came to: a response (any status), a timeout, or a connection-level error. */
export type HttpAttempt =
  | { kind: 'response'; status: number; headers: IncomingHttpHeaders; body: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'aborted' }
  | { kind: 'network'; code: string; message: string };

/** Responses above this size are cut off and reported as an error. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** The requests in flight of one transport, each with its cancel function (used by `close`). */
export type InFlight = Set<() => void>;

/** A connection-level failure as the attempt's code and message (undici's closed socket reads "socket hang up"). */
function networkAttempt(e: unknown): HttpAttempt {
  const err = e as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  if (err.code === 'UND_ERR_SOCKET' || err.code === 'UND_ERR_CLOSED') {
    return { kind: 'network', code: err.cause?.code ?? 'ECONNRESET', message: err.cause?.message ?? 'socket hang up' };
  }
  return { kind: 'network', code: err.code ?? err.name ?? 'Error', message: err.message ?? String(e) };
}

/**
 * Sends one request through an undici `dispatcher` (a keep-alive `Pool` for the endpoint's origin)
 * with its low-level handler API, one object per request and no stream or promise layers of its
 * own, and reads the whole response as UTF-8. Never throws: a timeout (one timer per attempt, its
 * `timeoutMs` budget covering connecting, sending and reading; undici's own timeouts are off), a
 * cancel through `inFlight`, or a socket error (`ECONNREFUSED`, a connection closed or reset before
 * the response ended: "socket hang up (ECONNRESET)", …) is returned as data.
 * Cost: one request; O(response size) memory, capped at {@link MAX_RESPONSE_BYTES}.
 * Example: `await httpSend(req, pool, 30_000)` → `{ kind: 'response', status: 200, headers, body: '{"label":"spam"}' }`.
 */
export function httpSend(req: HttpRequest, dispatcher: Dispatcher, timeoutMs: number, inFlight?: InFlight): Promise<HttpAttempt> {
  return new Promise((resolve) => {
    let settled = false;
    let abort: ((reason?: Error) => void) | undefined;
    let stopped: HttpAttempt | undefined;
    const stop = (why: HttpAttempt): void => {
      stopped = why;
      finish(why);
      abort?.(new Error('stopped'));
    };
    const cancel = (): void => stop({ kind: 'aborted' });
    const timer = setTimeout(stop, timeoutMs, { kind: 'timeout', timeoutMs });
    inFlight?.add(cancel);
    function finish(a: HttpAttempt): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      inFlight?.delete(cancel);
      resolve(a);
    }
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    let chunks: Buffer[] = [];
    let size = 0;
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(controller) {
        abort = (reason) => controller.abort(reason ?? new Error('aborted'));
        if (stopped !== undefined) controller.abort(new Error('stopped'));
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        status = statusCode;
        headers = responseHeaders as IncomingHttpHeaders;
        chunks = [];
        size = 0;
      },
      onResponseData(controller, chunk) {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          finish({ kind: 'network', code: 'ETOOBIG', message: `response larger than ${MAX_RESPONSE_BYTES} bytes` });
          controller.abort(new Error('response too big'));
        } else chunks.push(chunk);
      },
      onResponseEnd() {
        finish({ kind: 'response', status, headers, body: (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)).toString('utf8') });
      },
      onResponseError(_controller, error) {
        if (stopped === undefined) finish(networkAttempt(error));
      },
    };
    try {
      dispatcher.dispatch({ path: req.url.pathname + req.url.search, method: req.method, headers: req.headers, body: req.body }, handler);
    } catch (e) {
      finish(networkAttempt(e)); // e.g. an invalid header value
    }
  });
}
