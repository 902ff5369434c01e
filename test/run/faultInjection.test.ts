import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

// A loopback server that, seeded by (input, attempt), fails 20 % of requests in one of seven ways.
// Because a request's fate depends only on its input and how many times that input was asked,
// the test knows each example's exact outcome and attempt count whatever the order of requests.
const SEED = 'fault-seed-8';
const FAULTS = ['500', '503', '429', 'reset', 'stall', 'not-json', 'wrong-shape'] as const;
type Fault = (typeof FAULTS)[number] | 'ok';
const RETRIED = new Set<Fault>(['500', '503', '429', 'reset', 'stall']);
const RETRIES = 2;
const TIMEOUT_MS = 2000;

function fault(input: string, attempt: number): Fault {
  const u = createHash('sha256').update(`${SEED}\n${input}\n${attempt}`).digest().readUInt32BE(0) / 2 ** 32;
  return u < 0.2 ? FAULTS[Math.floor((u / 0.2) * FAULTS.length)] : 'ok';
}

/** What the client must end with for an input: its attempts and whether it fails, and why. */
function expected(input: string): { attempts: number; error: Fault | null } {
  for (let n = 1; ; n++) {
    const f = fault(input, n);
    if (f === 'ok') return { attempts: n, error: null };
    if (!RETRIED.has(f) || n === RETRIES + 1) return { attempts: n, error: f };
  }
}

let server: Server;
let url = '';
const attempts = new Map<string, number>();
const byKind = new Map<Fault, number>();
const retryAfterWaits: number[] = [];
const last429 = new Map<string, number>();
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { text } = JSON.parse(body) as { text: string };
      const n = (attempts.get(text) ?? 0) + 1;
      attempts.set(text, n);
      const at = last429.get(text);
      if (at !== undefined) retryAfterWaits.push(Date.now() - at);
      last429.delete(text);
      const f = fault(text, n);
      byKind.set(f, (byKind.get(f) ?? 0) + 1);
      const json = (s: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(s);
      if (f === 'ok') json(JSON.stringify({ label: text.includes('win') ? 'spam' : 'ham' }));
      else if (f === '500') res.writeHead(500).end('internal error');
      else if (f === '503') res.writeHead(503).end('overloaded');
      else if (f === '429') {
        last429.set(text, Date.now());
        res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      } else if (f === 'reset') req.socket.destroy();
      else if (f === 'stall') {
        // Never answers; the client gives up after its timeout. Closed with the server.
      } else if (f === 'not-json') json('{"label": "sp');
      else json('{"answer": "spam"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

const rows = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, text: i % 4 === 0 ? `win cash now ${i}` : `lunch at noon ${i}`, label: i % 4 === 0 ? 'spam' : 'ham' }));
const suite = (maxErrorRate: number) => `suite: faults
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  http: { url: ${url}, body: '{"text": "{{input}}"}', output: label }
  retries: ${RETRIES}
  timeout_ms: ${TIMEOUT_MS}
  concurrency: 16
  max_error_rate: ${maxErrorRate}
checks:
  - metrics: [accuracy]
gates:
  - errors.rate <= 0.04
`;

describe('a run against a fault-injecting server (20 % of requests fail)', () => {
  const plan = new Map(rows.map((r) => [r.text, expected(r.text)]));
  const failing = rows.filter((r) => plan.get(r.text)!.error !== null);
  const rate = failing.length / rows.length;

  it('completes with one final record per example, retries within bounds, the error rate reported and gated', async () => {
    // The seeded plan exercises every fault kind, and some examples end in an error.
    expect(failing.length).toBeGreaterThan(5);
    attempts.clear();
    byKind.clear();
    const dir = tempFiles({ 's.yaml': suite(0.2), 'd.jsonl': jsonl(rows) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache', '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.id).sort()).toEqual(rows.map((x) => x.id).sort());
    expect(records.filter((x) => x.error !== null).map((x) => x.id).sort()).toEqual(failing.map((x) => x.id).sort());
    const reasons: Record<string, RegExp> = { '500': /^HTTP 500 after 3 attempts/, '503': /^HTTP 503 after 3 attempts/, '429': /^HTTP 429 after 3 attempts/, reset: /after 3 attempts/, stall: /^timed out .* after 3 attempts/, 'not-json': /JSON|json/, 'wrong-shape': /label/ };
    for (const x of records.filter((y) => y.error !== null)) expect(x.error).toMatch(reasons[plan.get(x.input)!.error!]);
    // Every input was asked exactly as often as its seeded fate says, never more than retries + 1.
    for (const row of rows) expect([row.id, attempts.get(row.text)]).toEqual([row.id, plan.get(row.text)!.attempts]);
    expect(Math.max(...attempts.values())).toBeLessThanOrEqual(RETRIES + 1);
    for (const f of FAULTS) expect(byKind.get(f) ?? 0).toBeGreaterThan(0);
    // Retry-After: 1 was honoured before each retry of a 429.
    expect(retryAfterWaits.length).toBeGreaterThan(0);
    expect(Math.min(...retryAfterWaits)).toBeGreaterThanOrEqual(950);
    const results = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
    expect(results.figures['errors.count'].value).toBe(failing.length);
    expect(results.figures['errors.rate'].value).toBeCloseTo(rate, 12);
    expect(results.model).toMatchObject({ calls: rows.length, errors: failing.length });
    const gate = results.gates.find((g: { expression: string }) => g.expression === 'errors.rate <= 0.04');
    expect(gate.status).toBe(rate <= 0.04 ? 'pass' : 'fail');
    expect(r.code).toBe(rate <= 0.04 ? 0 : 1);
    const total = [...attempts.values()].reduce((s, n) => s + n, 0);
    console.log(`fault test: ${rows.length} examples, ${total} requests, ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}; ${failing.length} final errors (rate ${rate.toFixed(4)})`);
  }, 60_000);

  it('exits 3 only when the error rate exceeds max_error_rate', async () => {
    const dir = tempFiles({ 'below.yaml': suite(rate - 0.001), 'at.yaml': suite(rate), 'd.jsonl': jsonl(rows) });
    attempts.clear();
    const over = await runCli(['run', join(dir, 'below.yaml'), '--out', join(dir, 'o1'), '--no-cache', '--quiet']);
    expect(over.code).toBe(3);
    expect(over.stderr).toContain(`${failing.length} of ${rows.length} model calls failed`);
    attempts.clear();
    const at = await runCli(['run', join(dir, 'at.yaml'), '--out', join(dir, 'o2'), '--no-cache', '--quiet']);
    expect(at.code).not.toBe(3);
  }, 60_000);
});
