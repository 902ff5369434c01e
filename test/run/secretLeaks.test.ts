import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

// issue 23 items 1 and 2: a key never leaks, even in part. 40 characters, every 8-character piece distinct.
const SECRET = 'sk-live-Q7wyZ44ZnbnP0aXc9RtL2mVb8KdE3fGh';
const pieces = Array.from({ length: SECRET.length - 7 }, (_, i) => SECRET.slice(i, i + 8));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/** The 8-character pieces of the secret found in `text`. */
const leaked = (text: string): string[] => pieces.filter((p) => text.includes(p));

// `err:N`: HTTP 500 whose body holds the key after N characters (the error keeps 200);
// `bad:N`: a 200 that is not JSON, the key after N characters (the error keeps 100);
// `echo`: a 200 whose label is the key; `part:K`: a 200 whose label is 12 characters of the key
// from K (a server that cut the key itself); anything else: a plain answer.
// /v1/chat/completions answers `pad:N` with N characters then the key (not among the labels:
// the error keeps 100), `text` with the key in the content.
function answer(text: string): { status: number; body: string } {
  const [kind, n] = text.split(':');
  const pad = 'x'.repeat(Number(n));
  if (kind === 'err') return { status: 500, body: `${pad}${SECRET}${'.'.repeat(30)}` };
  if (kind === 'bad') return { status: 200, body: `${pad}${SECRET}${'.'.repeat(30)}` };
  if (kind === 'echo') return { status: 200, body: JSON.stringify({ label: `Bearer ${SECRET}` }) };
  if (kind === 'part') return { status: 200, body: JSON.stringify({ label: SECRET.slice(Number(n), Number(n) + 12) }) };
  return { status: 200, body: JSON.stringify({ label: 'ham' }) };
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (req.url === '/predict') {
        const a = answer((JSON.parse(raw) as { text: string }).text);
        res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body);
        return;
      }
      const messages = (JSON.parse(raw) as { messages: { content: string }[] }).messages;
      const [kind, n] = messages[messages.length - 1].content.split(':');
      const content = kind === 'pad' ? `${'y'.repeat(Number(n))}${SECRET}` : kind === 'text' ? `my key is ${SECRET}` : 'ham';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('secrets never leak, even in part (issue 23)', () => {
  it('http: errors of every length around the cut and answers echoing the key', async () => {
    process.env.EVALGATE_LEAK_KEY = SECRET;
    try {
      const texts = [...range(150, 205).map((n) => `err:${n}`), ...range(50, 105).map((n) => `bad:${n}`), 'echo', ...range(0, 28).map((k) => `part:${k}`), 'plain'];
      const rows = texts.map((text, i) => ({ id: `r${i}`, text, label: 'ham' }));
      const suite = `suite: leaks
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  http:
    url: ${base}/predict
    headers: { Authorization: "Bearer \${EVALGATE_LEAK_KEY}" }
    body: '{"text": "{{input}}"}'
    output: label
  retries: 0
  cache: true
  max_error_rate: 1
checks:
  - metrics: [accuracy]
`;
      const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows) });
      const cache = join(dir, 'cache');
      for (const round of [1, 2]) {
        const out = join(dir, `out${round}`);
        const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--cache-dir', cache]);
        expect(r.stderr).not.toContain('internal error');
        expect(leaked(r.stdout + r.stderr)).toEqual([]);
        for (const f of [...filesUnder(out), ...filesUnder(cache)]) expect([f, leaked(readFileSync(f, 'utf8'))]).toEqual([f, []]);
        const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
        const byText = new Map(records.map((x) => [x.input as string, x]));
        expect(byText.get('err:180')!.error).toMatch(/^HTTP 500 after 1 attempt: x+\*\*\*/);
        expect(byText.get('bad:90')!.error).toMatch(/^response is not valid JSON: x+\*\*\*/);
        // Answers echoing the key: redacted and marked, also when replayed from the cache (round 2).
        expect(byText.get('echo')).toMatchObject({ output: 'Bearer ***', error: null, redacted: true });
        expect(byText.get('part:5')).toMatchObject({ output: '***', redacted: true });
        expect(byText.get('plain')!.redacted).toBeUndefined();
      }
    } finally {
      delete process.env.EVALGATE_LEAK_KEY;
    }
  });

  it('openai: answers not among the labels are cut after the key is redacted', async () => {
    process.env.EVALGATE_LEAK_KEY = SECRET;
    try {
      const rows = range(50, 105).map((n, i) => ({ id: `p${i}`, text: `pad:${n}`, label: 'ham' }));
      const suite = `suite: leaks-openai
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  openai: { base_url: "${base}/v1", model: m, labels: [spam, ham], api_key_env: EVALGATE_LEAK_KEY }
  retries: 0
  max_error_rate: 1
checks:
  - metrics: [accuracy]
`;
      const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows) });
      const out = join(dir, 'out');
      const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--cache-dir', join(dir, 'cache')]);
      expect(r.stderr).not.toContain('internal error');
      expect(leaked(r.stdout + r.stderr)).toEqual([]);
      for (const f of [...filesUnder(out), ...filesUnder(join(dir, 'cache'))]) expect([f, leaked(readFileSync(f, 'utf8'))]).toEqual([f, []]);
      const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { error: string });
      expect(records.every((x) => x.error.startsWith('answer not among labels'))).toBe(true);
    } finally {
      delete process.env.EVALGATE_LEAK_KEY;
    }
  });
});
