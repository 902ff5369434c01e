import http from 'node:http';
import https from 'node:https';

/** One HTTP request, ready to send. */
export interface HttpRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** What one attempt came to: a response (any status), a timeout, or a connection-level error. */
export type HttpAttempt =
  | { kind: 'response'; status: number; headers: http.IncomingHttpHeaders; body: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'aborted' }
  | { kind: 'network'; code: string; message: string };

/** Responses above this size are cut off and reported as an error. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** The requests in flight of one transport, each with its cancel function (used by `close`). */
export type InFlight = Set<() => void>;

/**
 * Sends one request with node:http(s) through `agent` (keep-alive, bounded sockets) and reads the
 * whole response as UTF-8. Never throws: a timeout (the `timeoutMs` budget covers connecting,
 * sending and reading; a timer destroys the request, which costs less than an AbortController
 * and its listeners on every request), a cancel through `inFlight`, or a socket error
 * (`ECONNRESET`, `ECONNREFUSED`, "socket hang up"…) is returned as data.
 * Cost: one request; O(response size) memory, capped at {@link MAX_RESPONSE_BYTES}.
 * Example: `await httpSend(req, agent, 30_000)` → `{ kind: 'response', status: 200, headers, body: '{"label":"spam"}' }`.
 */
export function httpSend(req: HttpRequest, agent: http.Agent, timeoutMs: number, inFlight?: InFlight): Promise<HttpAttempt> {
  return new Promise((resolve) => {
    let stopped: 'timeout' | 'cancel' | undefined;
    let settled = false;
    let request: http.ClientRequest | undefined;
    const stop = (why: 'timeout' | 'cancel'): void => {
      stopped = why;
      finish(why === 'timeout' ? { kind: 'timeout', timeoutMs } : { kind: 'aborted' });
      request?.destroy();
    };
    const cancel = (): void => stop('cancel');
    const timer = setTimeout(stop, timeoutMs, 'timeout');
    inFlight?.add(cancel);
    function finish(a: HttpAttempt): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      inFlight?.delete(cancel);
      resolve(a);
    }
    const fail = (e: unknown): void => {
      if (stopped !== undefined) return;
      const err = e as NodeJS.ErrnoException;
      finish({ kind: 'network', code: err.code ?? err.name ?? 'Error', message: err.message ?? String(e) });
    };
    const https_ = req.url.protocol === 'https:';
    const options: http.RequestOptions = {
      protocol: req.url.protocol, hostname: req.url.hostname.replace(/^\[|\]$/g, ''), port: req.url.port || (https_ ? 443 : 80),
      path: req.url.pathname + req.url.search, method: req.method, headers: req.headers, agent,
    };
    try {
      request = (https_ ? https.request : http.request)(options);
    } catch (e) {
      return fail(e); // e.g. ERR_INVALID_CHAR in a header
    }
    request.on('error', fail);
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          finish({ kind: 'network', code: 'ETOOBIG', message: `response larger than ${MAX_RESPONSE_BYTES} bytes` });
          request?.destroy();
        } else chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('aborted', () => fail(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
      res.on('end', () => {
        if (!res.complete) return fail(Object.assign(new Error('response cut short'), { code: 'ECONNRESET' }));
        finish({ kind: 'response', status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks, size).toString('utf8') });
      });
    });
    request.end(req.body);
  });
}
