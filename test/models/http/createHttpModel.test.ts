import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpModel, type HttpModelConfig } from '../../../src/models/http/createHttpModel.js';
import type { Model } from '../../../src/models/model.js';
import { InvalidInputError } from '../../../src/problem.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

/** A loopback server on 127.0.0.1, port 0, closed after each test. */
const servers: http.Server[] = [];
const models: Model[] = [];
async function serve(handler: Handler): Promise<string> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => handler(req, res, body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await Promise.all(models.splice(0).map((m) => m.close?.()));
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

const json = (res: http.ServerResponse, status: number, value: unknown, headers: http.OutgoingHttpHeaders = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof value === 'string' ? value : JSON.stringify(value));
};

/** A model whose waits are recorded, not slept. */
function model(config: HttpModelConfig): { m: Model; waits: number[] } {
  const waits: number[] = [];
  const m = createHttpModel({ random: () => 0.5, sleep: async (ms) => void waits.push(ms), env: {}, ...config });
  models.push(m);
  return { m, waits };
}

describe('createHttpModel', () => {
  it('posts each input and reads the answers back in order', async () => {
    const seen: unknown[] = [];
    const url = await serve((req, res, body) => {
      const { input } = JSON.parse(body) as { input: string };
      seen.push({ method: req.method, path: req.url, type: req.headers['content-type'], length: req.headers['content-length'], chunked: req.headers['transfer-encoding'], input });
      setTimeout(() => json(res, 200, { result: { label: input.toUpperCase(), p: input.length / 10 } }), input === 'a' ? 30 : 0);
    });
    const { m } = model({ url: `${url}/predict?v=2`, output: 'result.label', score: '$.result.p' });
    const got = await m.predict(['a', 'bb', 'ccc']);
    expect(got.map(({ latencyMs, ...rest }) => rest)).toEqual([{ label: 'A', score: 0.1 }, { label: 'BB', score: 0.2 }, { label: 'CCC', score: 0.3 }]);
    for (const p of got) expect(p.latencyMs).toBeGreaterThanOrEqual(0);
    expect(got[0].latencyMs).toBeGreaterThanOrEqual(25);
    expect(seen).toContainEqual({ method: 'POST', path: '/predict?v=2', type: 'application/json', length: '15', chunked: undefined, input: 'bb' });
    expect(m.identity.name).toBe(`http:${url}/predict`);
    expect(m.identity.parameters).toEqual({ method: 'POST', url: `${url}/predict?v=2`, headers: [], body: '{"input": {{json input}}}', outputKind: 'label', output: 'result.label', score: '$.result.p' });
    expect(await m.predict([])).toEqual([]);
  });

  it('retries a 500 and then succeeds, after a jittered backoff', async () => {
    let hits = 0;
    const url = await serve((_req, res) => (++hits === 1 ? json(res, 500, { error: 'boom' }) : json(res, 200, { label: 'ok' })));
    const { m, waits } = model({ url, output: 'label' });
    expect(await m.predict(['x'])).toMatchObject([{ label: 'ok' }]);
    expect(hits).toBe(2);
    expect(waits).toEqual([125]); // 0.5 × 250 ms
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    let hits = 0;
    const url = await serve((_req, res) => (++hits === 1 ? json(res, 429, {}, { 'retry-after': '1' }) : json(res, 200, { label: 'ok' })));
    const { m, waits } = model({ url, output: 'label' });
    expect(await m.predict(['x'])).toMatchObject([{ label: 'ok' }]);
    expect(waits).toEqual([1000]);
  });

  it('gives up on a server that keeps failing, counting the attempts', async () => {
    let hits = 0;
    const url = await serve((_req, res) => (hits++, json(res, 503, 'down for maintenance')));
    const { m, waits } = model({ url, output: 'label' });
    const [p] = await m.predict(['x']);
    expect(p.error).toBe('HTTP 503 after 4 attempts: down for maintenance');
    expect(Object.keys(p).sort()).toEqual(['error', 'latencyMs']);
    expect([hits, waits]).toEqual([4, [125, 250, 500]]);
  });

  it('does not retry a 400', async () => {
    let hits = 0;
    const url = await serve((_req, res) => (hits++, json(res, 400, { error: 'bad input' })));
    const { m } = model({ url, output: 'label' });
    expect(await m.predict(['x'])).toMatchObject([{ error: 'HTTP 400 after 1 attempt: {"error":"bad input"}' }]);
    expect(hits).toBe(1);
  });

  it('times out a server that stalls, per attempt', async () => {
    let hits = 0;
    const url = await serve(() => void hits++); // never answers
    const { m } = model({ url, output: 'label', timeoutMs: 150, retries: 1 });
    const t0 = performance.now();
    const [p] = await m.predict(['x']);
    expect(p.error).toBe('timed out (no complete response within 150 ms) after 2 attempts');
    expect(p.latencyMs).toBeGreaterThanOrEqual(140);
    expect(hits).toBe(2);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('retries a reset connection', async () => {
    let hits = 0;
    const url = await serve((req, res) => (++hits <= 2 ? req.socket.destroy() : json(res, 200, { label: 'ok' })));
    const { m } = model({ url, output: 'label' });
    expect(await m.predict(['x'])).toMatchObject([{ label: 'ok' }]);
    expect(hits).toBe(3);
    const url2 = await serve((req) => req.socket.destroy());
    const { m: m2 } = model({ url: url2, output: 'label', retries: 1 });
    const [p] = await m2.predict(['x']);
    expect(p.error).toBe('socket hang up (ECONNRESET) after 2 attempts');
  });

  it('reports invalid JSON and a wrong shape without retrying', async () => {
    let hits = 0;
    const url = await serve((req, res, body) => {
      hits++;
      const { input } = JSON.parse(body) as { input: string };
      if (input === 'html') return json(res, 200, '<html>oops</html>');
      if (input === 'empty') return json(res, 200, '');
      json(res, 200, input === 'shape' ? { choices: [] } : { choices: [{ text: 7 }] });
    });
    const { m } = model({ url, output: 'choices[0].text', outputKind: 'text' });
    expect((await m.predict(['html', 'empty', 'shape', 'type'])).map((p) => p.error)).toEqual([
      'response is not valid JSON: <html>oops</html> (after 1 attempt)',
      'response is not valid JSON: an empty body (after 1 attempt)',
      'response has no `choices[0].text` (after 1 attempt)',
      'response `choices[0].text` is not text (got number) (after 1 attempt)',
    ]);
    expect(hits).toBe(4);
  });

  it('never has more requests in flight than the concurrency, even across predict calls', async () => {
    let inFlight = 0;
    let peak = 0;
    let total = 0;
    const url = await serve((_req, res) => {
      peak = Math.max(peak, ++inFlight);
      total++;
      setTimeout(() => (inFlight--, json(res, 200, { label: 1 })), 5);
    });
    const { m } = model({ url, output: 'label', concurrency: 4 });
    const inputs = Array.from({ length: 90 }, (_, i) => i);
    const [a, b] = await Promise.all([m.predict(inputs), m.predict(inputs.slice(0, 30))]);
    expect(a.every((p) => p.label === 1) && b.every((p) => p.label === 1)).toBe(true);
    expect(total).toBe(120);
    expect(peak).toBe(4);
  });

  it('sends env secrets in headers but never shows them', async () => {
    const secret = 'sk-live-0123456789abcdef';
    const got: unknown[] = [];
    const url = await serve((req, res, body) => {
      got.push(req.headers.authorization);
      if ((JSON.parse(body) as { input: string }).input === 'bad') return json(res, 401, { error: `invalid key ${secret}` });
      json(res, 200, { label: 'ok' });
    });
    const { m } = model({ url, output: 'label', headers: { Authorization: 'Bearer ${API_TOKEN}', 'X-Team': 'ml' }, env: { API_TOKEN: secret } });
    const preds = await m.predict(['good', 'bad']);
    expect(got).toEqual([`Bearer ${secret}`, `Bearer ${secret}`]);
    expect(preds[1].error).toBe('HTTP 401 after 1 attempt: {"error":"invalid key ***"}');
    expect(m.identity.parameters.headers).toEqual(['Authorization', 'X-Team']);
    expect(JSON.stringify([preds, m.identity])).not.toContain(secret);
  });

  it('refuses a config whose ${VAR} is not set, naming the variable, the header and the model', () => {
    const make = () => createHttpModel({ url: 'http://127.0.0.1:9/x', output: 'label', headers: { Authorization: 'Bearer ${NOPE_KEY}' }, env: {} });
    expect(make).toThrow(InvalidInputError);
    expect(make).toThrow(/^headers\.Authorization: environment variable NOPE_KEY is not set: it is used in header Authorization of the http model at http:\/\/127\.0\.0\.1:9\/x$/);
  });

  it('lists every config problem at once', () => {
    let err: InvalidInputError | undefined;
    try {
      createHttpModel({ url: 'ftp://x', method: 'GET' as 'POST', body: '{{#if}}', output: 'a..b', concurrency: 0, timeoutMs: 1.5, env: {} });
    } catch (e) {
      err = e as InvalidInputError;
    }
    expect(err?.problems.map((p) => p.path.join('.'))).toEqual(['url', 'method', 'body', 'output', 'timeoutMs', 'concurrency']);
    expect(() => createHttpModel({ url: 'http://u:p@h/x', output: 'l' })).toThrow('url: must not contain credentials');
    expect(() => createHttpModel({ url: 'http://h/x' })).toThrow('output: is required');
  });

  it('keeps hostile inputs inside their JSON strings', async () => {
    const hostile = ['"}, "injected": true, "x": "', 'back\\slash', 'new\nline', '</script><script>alert(1)</script>', 'ünï 😀 \u2028', '{{input}}'];
    const bodies: Record<string, unknown>[] = [];
    const url = await serve((_req, res, body) => {
      const doc = JSON.parse(body) as Record<string, unknown>;
      bodies.push(doc);
      json(res, 200, { echo: doc.text });
    });
    const { m } = model({ url, body: '{"text": "{{input}}", "same": {{json input}}}', output: 'echo', outputKind: 'text' });
    const got = await m.predict(hostile);
    expect(got.map((p) => p.text)).toEqual(hostile);
    for (const b of bodies) expect(Object.keys(b)).toEqual(['text', 'same']);
  });

  it('fails the input, without a request, when the template cannot make JSON of it', async () => {
    let hits = 0;
    const url = await serve((_req, res) => (hits++, json(res, 200, { label: 'ok' })));
    const { m } = model({ url, body: '{"x": {{{input}}}}', output: 'label' });
    const got = await m.predict(['1', 'not json']);
    expect(got[0]).toMatchObject({ label: 'ok' });
    expect(got[1].error).toMatch(/^the body template did not render valid JSON for this input: /);
    expect(hits).toBe(1);
  });

  it('sends batches when batchSize > 1', async () => {
    const sizes: number[] = [];
    const url = await serve((_req, res, body) => {
      const { inputs } = JSON.parse(body) as { inputs: string[] };
      sizes.push(inputs.length);
      json(res, 200, { results: inputs.map((s) => ({ label: s.length === 3 ? 'three' : s })) });
    });
    const { m } = model({ url, batchSize: 3, output: 'results[*].label' });
    const got = await m.predict(['a', 'b', 'ccc', 'd', 'e', 'f', 'g']);
    expect(got.map((p) => p.label)).toEqual(['a', 'b', 'three', 'd', 'e', 'f', 'g']);
    expect(sizes.sort()).toEqual([1, 3, 3]);
  });

  it('cancels calls in flight on close', async () => {
    const url = await serve(() => undefined);
    const { m } = model({ url, output: 'label' });
    const pending = m.predict(['x', 'y']);
    setTimeout(() => void m.close?.(), 50);
    expect((await pending).map((p) => p.error)).toEqual(['cancelled (the model was closed) after 1 attempt', 'cancelled (the model was closed) after 1 attempt']);
  });
});
