import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

// A loopback endpoint: answers {"label": ...} from the text, but fails some inputs on purpose.
let server: Server;
let url = '';
const seen: string[] = [];
/** When each text reached the server (ms, performance.now()). */
const hits = new Map<string, number[]>();
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { text } = JSON.parse(body) as { text: string };
      seen.push(req.headers.authorization ?? '');
      const times = hits.get(text) ?? [];
      hits.set(text, [...times, performance.now()]);
      if (text.includes('busy-once') && times.length === 0) {
        res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      } else if (text.includes('always-busy')) {
        res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      } else if (text.includes('stall')) {
        // never answers: the client's timeout must end the attempt
      } else if (text.includes('always-500')) {
        res.writeHead(500).end('internal error');
      } else if (text.includes('reset')) {
        req.socket.destroy();
      } else if (text.includes('not-json')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{oops');
      } else if (text.includes('wrong-shape')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"answer": "spam"}');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ label: text.includes('win') ? 'spam' : 'ham' }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const good = Array.from({ length: 36 }, (_, i) => ({ id: `g${i}`, text: i % 3 === 0 ? `win money ${i}` : `see you ${i}`, label: i % 3 === 0 ? 'spam' : 'ham' }));
const bad = ['always-500', 'reset', 'not-json', 'wrong-shape'].map((t, i) => ({ id: `b${i}`, text: t, label: 'ham' }));

function suite(maxErrorRate: number, timeoutMs = 2000) {
  return `suite: remote
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  http:
    url: ${url}
    headers: { Authorization: "Bearer \${EVALGATE_TEST_TOKEN}" }
    body: '{"text": "{{input}}"}'
    output: label
  retries: 1
  timeout_ms: ${timeoutMs}
  concurrency: 4
  max_error_rate: ${maxErrorRate}
checks:
  - metrics: [accuracy]
gates:
  - errors.rate <= 0.5
`;
}

/** Runs the suite on the good rows plus the given faulty texts; returns the exit, output, records and results. */
let runs = 0;
async function runWith(faults: string[], options: { maxErrorRate?: number; timeoutMs?: number } = {}) {
  process.env.EVALGATE_TEST_TOKEN = 'sekret-token-123';
  const run = ++runs; // texts unique to this run, so the server's hits are this run's
  const texts = faults.map((text, i) => `${text} ${run}-${i}`);
  const rows = [...good, ...texts.map((text, i) => ({ id: `f${i}`, text, label: 'ham' }))];
  const dir = tempFiles({ 's.yaml': suite(options.maxErrorRate ?? 0.2, options.timeoutMs), 'd.jsonl': jsonl(rows) });
  const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache']);
  const read = (f: string) => readFileSync(join(dir, 'out', f), 'utf8');
  const wrote = r.code === 0 || r.code === 1 || r.code === 3; // exit 3 still writes every output
  const records = wrote ? read('records.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { id: string; error: string | null; output: unknown }) : [];
  const results = wrote ? JSON.parse(read('results.json')) : undefined;
  const errorOf = (id: string) => records.find((x) => x.id === id)?.error;
  /** When the server saw fault i's text, one entry per attempt. */
  const hitsOf = (i: number) => hits.get(texts[i]) ?? [];
  return { ...r, rows, records, results, errorOf, hitsOf };
}

describe('evalgate run over an HTTP model: each fault on its own', () => {
  /** Every row has exactly one record; the faulty ones carry an error; the figures count them. */
  function accounted(run: Awaited<ReturnType<typeof runWith>>, failed: string[], code = 0) {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(code);
    expect(run.records.map((x) => x.id).sort()).toEqual(run.rows.map((x) => x.id).sort());
    expect(run.records.filter((x) => x.error !== null).map((x) => x.id).sort()).toEqual(failed);
    expect(run.results.model).toMatchObject({ calls: run.rows.length, errors: failed.length, error_rate: failed.length / run.rows.length });
    expect(run.results.figures['errors.count'].value).toBe(failed.length);
    expect(run.results.figures['errors.rate'].value).toBe(failed.length / run.rows.length);
    expect(run.results.figures.n.value).toBe(run.rows.length - failed.length);
  }

  it('HTTP 500: retried, then an error record with the status and the body', async () => {
    const run = await runWith(['always-500']);
    accounted(run, ['f0']);
    expect(run.errorOf('f0')).toBe('HTTP 500 after 2 attempts: internal error');
    expect(run.hitsOf(0)).toHaveLength(2);
  });

  it('HTTP 429 with Retry-After: waits the second it asks, then answers', async () => {
    const run = await runWith(['busy-once']);
    accounted(run, []);
    const [first, second] = run.hitsOf(0);
    expect(second - first).toBeGreaterThanOrEqual(950); // backoff alone would wait < 250 ms
    expect(run.records.find((x) => x.id === 'f0')).toMatchObject({ error: null, output: 'ham' });
  });

  it('HTTP 429 every time: an error record after the retries, each retry after Retry-After', async () => {
    const run = await runWith(['always-busy']);
    accounted(run, ['f0']);
    expect(run.errorOf('f0')).toBe('HTTP 429 after 2 attempts: slow down');
    const [first, second] = run.hitsOf(0);
    expect(second - first).toBeGreaterThanOrEqual(950);
  });

  it('a server that stalls past timeout_ms: each attempt timed out, an error record', async () => {
    const t0 = performance.now();
    const run = await runWith(['stall'], { timeoutMs: 300 });
    accounted(run, ['f0']);
    expect(run.errorOf('f0')).toBe('timed out (no complete response within 300 ms) after 2 attempts');
    expect(run.hitsOf(0)).toHaveLength(2);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('a reset connection: retried, then an error record', async () => {
    const run = await runWith(['reset']);
    accounted(run, ['f0']);
    expect(run.errorOf('f0')).toBe('socket hang up (ECONNRESET) after 2 attempts');
    expect(run.hitsOf(0)).toHaveLength(2);
  });

  it('invalid JSON in a 2xx answer: an error record, not retried', async () => {
    const run = await runWith(['not-json']);
    accounted(run, ['f0']);
    expect(run.errorOf('f0')).toBe('response is not valid JSON: {oops (after 1 attempt)');
    expect(run.hitsOf(0)).toHaveLength(1);
  });

  it('JSON of the wrong shape: an error record naming the missing path, not retried', async () => {
    const run = await runWith(['wrong-shape']);
    accounted(run, ['f0']);
    expect(run.errorOf('f0')).toBe('response has no `label` (after 1 attempt)');
    expect(run.hitsOf(0)).toHaveLength(1);
  });

  it('faults above max_error_rate: exit 3 with a message, after every call was made', async () => {
    const run = await runWith(['stall', 'always-busy', 'reset'], { maxErrorRate: 0.05, timeoutMs: 300 });
    accounted(run, ['f0', 'f1', 'f2'], 3);
    expect(run.stderr).toMatch(/error: 3 of 39 model calls failed \(7\.7%, above the suite's max_error_rate of 5%\): the run could not complete; first: f0: timed out/);
    for (const i of [0, 1, 2]) expect(run.hitsOf(i)).toHaveLength(2);
  });
});

describe('a suite over an HTTP model with faults', () => {
  it('accounts for every example (an answer or an error record) and never leaks the secret', async () => {
    process.env.EVALGATE_TEST_TOKEN = 'sekret-token-123';
    const dir = tempFiles({ 's.yaml': suite(0.2), 'd.jsonl': jsonl([...good, ...bad]) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.id).sort()).toEqual([...good, ...bad].map((x) => x.id).sort());
    const failed = records.filter((x) => x.error !== null).map((x) => x.id).sort();
    expect(failed).toEqual(['b0', 'b1', 'b2', 'b3']);
    const results = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
    expect(results.model).toMatchObject({ calls: 40, errors: 4, error_rate: 0.1 });
    expect(results.figures.accuracy.value).toBe(1);
    expect(results.figures.n.value).toBe(36);
    expect(seen.every((h) => h === 'Bearer sekret-token-123')).toBe(true);
    for (const f of ['results.json', 'records.jsonl', 'summary.md', 'junit.xml', 'timing.json']) {
      expect(readFileSync(join(dir, 'out', f), 'utf8')).not.toContain('sekret-token-123');
    }
    expect(r.stdout + r.stderr).not.toContain('sekret-token-123');
  });

  it('exits 3 when more calls fail than the suite allows', async () => {
    process.env.EVALGATE_TEST_TOKEN = 'sekret-token-123';
    const dir = tempFiles({ 's.yaml': suite(0.05), 'd.jsonl': jsonl([...good, ...bad]) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/4 of 40 model calls failed \(10\.0%, above the suite's max_error_rate of 5%\)/);
  });

  it('refuses a missing environment variable at start, naming it (exit 2)', async () => {
    delete process.env.EVALGATE_TEST_TOKEN;
    const dir = tempFiles({ 's.yaml': suite(0.2), 'd.jsonl': jsonl(good) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/EVALGATE_TEST_TOKEN/);
  });
});
