import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { memoModel } from '../../src/models/answerMemo.js';
import type { Model, Prediction } from '../../src/models/model.js';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

/** A model that counts what it is asked, answers after `delay` ms, and reports each answer. */
function counting(delay = 0, answer: (x: unknown) => Prediction = (x) => ({ label: String(x) })) {
  const asked: unknown[] = [];
  let throwNext = false;
  const model: Model = {
    identity: { name: 'count', parameters: {} },
    async predict(inputs, opts = {}) {
      asked.push(...inputs);
      if (throwNext) {
        throwNext = false;
        throw new Error('boom');
      }
      await new Promise((r) => setTimeout(r, delay));
      const out = inputs.map(answer);
      out.forEach((p, i) => opts.onAnswer?.(i, p));
      return out;
    },
  };
  return { model, asked, failNext: () => (throwNext = true) };
}

describe('memoModel', () => {
  it('asks once per distinct input across calls and within a batch, reporting every index once', async () => {
    const c = counting();
    const m = memoModel(c.model);
    const seen: number[] = [];
    expect(await m.predict(['a', 'b', 'a', { x: 1 }], { onAnswer: (i) => seen.push(i) })).toEqual([{ label: 'a' }, { label: 'b' }, { label: 'a' }, { label: '[object Object]' }]);
    expect(seen.sort()).toEqual([0, 1, 2, 3]);
    expect(await m.predict(['b', { x: 1 }, 'c'])).toEqual([{ label: 'b' }, { label: '[object Object]' }, { label: 'c' }]);
    expect(c.asked).toEqual(['a', 'b', { x: 1 }, 'c']);
  });

  it('a call waits for an input another call is asking, and error answers are kept', async () => {
    const c = counting(30, (x) => (x === 'bad' ? { error: 'HTTP 500' } : { label: String(x) }));
    const m = memoModel(c.model);
    const [one, two] = await Promise.all([m.predict(['a', 'bad']), m.predict(['bad', 'a', 'z'])]);
    expect(one).toEqual([{ label: 'a' }, { error: 'HTTP 500' }]);
    expect(two).toEqual([{ error: 'HTTP 500' }, { label: 'a' }, { label: 'z' }]);
    expect(await m.predict(['bad'])).toEqual([{ error: 'HTTP 500' }]);
    expect(c.asked).toEqual(['a', 'bad', 'z']);
  });

  it('a call that throws is not kept: its waiters fail with it, a later call asks again', async () => {
    const c = counting(10);
    const m = memoModel(c.model);
    c.failNext();
    const first = m.predict(['a']);
    const waiting = m.predict(['a']);
    await expect(first).rejects.toThrow('boom');
    await expect(waiting).rejects.toThrow('boom');
    expect(await m.predict(['a'])).toEqual([{ label: 'a' }]);
    expect(c.asked).toEqual(['a', 'a']);
  });
});

// issue 23 item 9: metrics plus quality on a remote model with --no-cache ask every input once.
let server: Server;
let base = '';
const counts = new Map<string, number>();
beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const messages = (JSON.parse(raw) as { messages: { content: string }[] }).messages;
      const text = messages[messages.length - 1].content;
      counts.set(text, (counts.get(text) ?? 0) + 1);
      const content = text.includes('win') ? 'spam' : 'ham';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('one run asks a remote model once per distinct input', () => {
  it('metrics, quality and safety with --no-cache: one request per distinct input', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, text: i % 3 === 0 ? `win ${i % 10}` : `hello ${i % 10}`, label: i % 3 === 0 ? 'spam' : 'ham' }));
    const suite = `suite: once
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  openai: { base_url: "${base}", model: m, labels: [spam, ham], api_key_env: EVALGATE_MEMO_KEY }
checks:
  - metrics: [accuracy]
  - quality: { include: [exact_match, length], reference: label }
  - safety: { include: [pii] }
`;
    process.env.EVALGATE_MEMO_KEY = 'k';
    try {
      const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows) });
      const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache']);
      expect(r.stderr).not.toContain('error');
      expect(r.code).toBe(0);
      expect(counts.size).toBe(new Set(rows.map((x) => x.text)).size);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
    } finally {
      delete process.env.EVALGATE_MEMO_KEY;
    }
  });
});
