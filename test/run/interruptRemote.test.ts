import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonl, tempFiles } from '../helpers/cli.js';

// Kill -9 a real `evalgate run` against a slow OpenAI-compatible loopback server that counts the
// requests per input, at seeded random moments; resume; check that nothing answered before the kill
// is asked again (at most the calls in flight: <= concurrency), and that the results equal those of
// a run never interrupted. Suites of 50 and 5,000 inputs, a two-model suite and a robustness check.
const bin = fileURLToPath(new URL('../../bin/evalgate.js', import.meta.url));
const CONCURRENCY = 4;

let server: Server;
let port = 0;
/** Requests per (model, input) since the last reset. */
let asked = new Map<string, number>();
let delayMs = 5;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const j = JSON.parse(body) as { model: string; messages: { content: string }[] };
      const text = j.messages.at(-1)!.content;
      const key = `${j.model}\u0000${text}`;
      asked.set(key, (asked.get(key) ?? 0) + 1);
      // The "candidate" model misses every message mentioning 7; both flag "win".
      const spam = /win/.test(text) && !(j.model === 'cand' && /7/.test(text));
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { content: spam ? 'spam' : 'ham' } }] })), delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, text: i % 3 === 0 ? `win a prize ${i}` : `see you at ${i}`, label: i % 3 === 0 ? 'spam' : 'ham' }));
const model = (name: string) => `{ openai: { base_url: "http://127.0.0.1:PORT/v1", model: ${name}, labels: [spam, ham] }, concurrency: ${CONCURRENCY}, retries: 0 }`;
const suiteText = (kind: 'plain' | 'paired' | 'robust') => `suite: slow-remote
seed: 3
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: spam }
${kind === 'paired' ? `baseline: ${model('base')}\ncandidate: ${model('cand')}` : `model: ${model('base')}`}
checks:
  - metrics: [accuracy, f1]
${kind === 'robust' ? '  - robustness: { runs: 6, perturbations: [typo, case], concurrency: 4 }\n' : ''}gates:
  - accuracy >= 0.5
`;

function run(dir: string, out: string, extra: string[], killAt?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'run', join(dir, 'suite.yaml'), '--out', out, '--no-cache', '--quiet', ...extra], { env: { ...process.env, OPENAI_API_KEY: 'sk-test-key' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const total = () => [...asked.values()].reduce((a, b) => a + b, 0);
    const timer = killAt === undefined ? undefined : setInterval(() => {
      if (total() >= killAt) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 1);
    child.on('close', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, stderr });
    });
  });
}

/** The answers a journal holds, by (model name, input), complete lines only. */
function journaled(file: string, modelName: string, into = new Map<string, number>()): Map<string, number> {
  if (!existsSync(file)) return into;
  const text = readFileSync(file, 'utf8');
  for (const line of text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { input: unknown; kind?: string };
    if (r.kind === 'outcome') continue;
    const key = `${modelName}\u0000${String(r.input)}`;
    into.set(key, (into.get(key) ?? 0) + 1);
  }
  return into;
}

/** A seeded uniform in [0, 1) (mulberry32), so the kill points are the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** results.json with its own directory's name taken out (a comparison names the runs' directories). */
const stable = (out: string) => readFileSync(join(out, 'results.json'), 'utf8').replaceAll(JSON.stringify(out).slice(1, -1), 'OUT');

async function killAndResume(kind: 'plain' | 'paired' | 'robust', n: number, points: number, seed: number): Promise<void> {
  const dir = tempFiles({ 'd.jsonl': jsonl(rows(n)) });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'suite.yaml'), suiteText(kind).replaceAll('PORT', String(port)));
  asked = new Map();
  const full = await run(dir, join(dir, 'full'), []);
  expect(full.code, full.stderr).toBe(0);
  const calls = [...asked.values()].reduce((a, b) => a + b, 0);
  const expected = stable(join(dir, 'full'));
  const random = rng(seed);
  for (let p = 0; p < points; p++) {
    const out = join(dir, `cut-${p}`);
    const killAt = Math.max(1, Math.floor(calls * (0.1 + 0.8 * random())));
    asked = new Map();
    const killed = await run(dir, out, [], killAt);
    expect(killed.signal).toBe('SIGKILL');
    const before = asked;
    // What the journals hold after the kill: whole records only, each an answer the server gave.
    const kept = journaled(join(out, 'records.jsonl'), kind === 'paired' ? 'cand' : 'base');
    if (kind === 'paired') journaled(join(out, 'baseline', 'records.jsonl'), 'base', kept);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    // Every answer the killed run was given but did not journal was in flight: at most the concurrency.
    expect(sum(before) - sum(kept), `asked ${sum(before)}, kept ${sum(kept)}`).toBeLessThanOrEqual(CONCURRENCY);
    asked = new Map();
    const resumed = await run(dir, out, ['--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    // The calls made twice: both runs together against the uninterrupted one.
    expect(sum(before) + sum(asked) - calls, `kill after ${killAt} of ${calls} calls`).toBeLessThanOrEqual(CONCURRENCY);
    // An input with a record is never asked again (robustness texts may be asked more than once by design).
    if (kind !== 'robust') for (const key of asked.keys()) expect(kept.has(key), `asked again: ${key}`).toBe(false);
    expect(stable(out)).toBe(expected);
  }
}

describe('a remote model run killed with SIGKILL and resumed', () => {
  it('asks again at most the calls in flight, for a suite of 50 inputs', () => killAndResume('plain', 50, 3, 1), 120_000);

  it('asks again at most the calls in flight, for a suite of 5,000 inputs', async () => {
    delayMs = 1;
    try {
      await killAndResume('plain', 5000, 2, 2);
    } finally {
      delayMs = 5;
    }
  }, 240_000);

  it('does the same for both models of a two-model suite', () => killAndResume('paired', 60, 3, 3), 180_000);

  it('does the same for a robustness check', () => killAndResume('robust', 40, 3, 4), 180_000);
});
