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
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { text } = JSON.parse(body) as { text: string };
      seen.push(req.headers.authorization ?? '');
      if (text.includes('always-500')) {
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

function suite(maxErrorRate: number) {
  return `suite: remote
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  http:
    url: ${url}
    headers: { Authorization: "Bearer \${EVALGATE_TEST_TOKEN}" }
    body: '{"text": "{{input}}"}'
    output: label
  retries: 1
  timeout_ms: 2000
  concurrency: 4
  max_error_rate: ${maxErrorRate}
checks:
  - metrics: [accuracy]
gates:
  - errors.rate <= 0.5
`;
}

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
