import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cachedModel, ResponseCache } from '../../src/models/responseCache.js';
import type { Model } from '../../src/models/model.js';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

function counting(name = 'm', params: Record<string, unknown> = {}) {
  const asked: unknown[] = [];
  const model: Model = {
    identity: { name, parameters: params },
    async predict(inputs) {
      asked.push(...inputs);
      return inputs.map((x) => (x === 'bad' ? { error: 'HTTP 500 after 4 attempts' } : { label: `L:${String(x)}`, latencyMs: 5 }));
    },
  };
  return { model, asked };
}

describe('ResponseCache', () => {
  it('asks the model only for inputs it has not answered, across cache instances', async () => {
    const dir = tempFiles({});
    const a = counting();
    const first = await cachedModel(a.model, new ResponseCache(dir)).predict(['x', 'y', 'x']);
    expect(first.map((p) => p.label)).toEqual(['L:x', 'L:y', 'L:x']);
    const b = counting();
    const again = await cachedModel(b.model, new ResponseCache(dir)).predict(['y', 'z', 'x']);
    expect(again.map((p) => p.label)).toEqual(['L:y', 'L:z', 'L:x']);
    expect(b.asked).toEqual(['z']);
  });

  it('keys by identity: other parameters are another model', async () => {
    const dir = tempFiles({});
    await cachedModel(counting('m', { t: 1 }).model, new ResponseCache(dir)).predict(['x']);
    const other = counting('m', { t: 2 });
    await cachedModel(other.model, new ResponseCache(dir)).predict(['x']);
    expect(other.asked).toEqual(['x']);
  });

  it('never caches failed calls', async () => {
    const dir = tempFiles({});
    await cachedModel(counting().model, new ResponseCache(dir)).predict(['bad']);
    const b = counting();
    const r = await cachedModel(b.model, new ResponseCache(dir)).predict(['bad']);
    expect(b.asked).toEqual(['bad']);
    expect(r[0].error).toMatch(/HTTP 500/);
  });

  it('survives a write cut short by a crash: the partial line is skipped, the rest is kept', async () => {
    const dir = tempFiles({});
    await cachedModel(counting().model, new ResponseCache(dir)).predict(['x', 'y']);
    const shard = readdirSync(dir)[0];
    appendFileSync(join(dir, shard), '{"k": "abc", "p": {"lab');
    const cache = new ResponseCache(dir);
    const b = counting();
    await cachedModel(b.model, cache).predict(['x', 'y']);
    expect(b.asked).toEqual([]);
    expect(cache.skippedLines).toBeLessThanOrEqual(1);
  });
});

describe('evalgate run with a cached model', () => {
  const countFile = join(tempFiles({}), 'count.txt');
  afterEach(() => {
    delete process.env.COUNT_FILE;
  });

  it('asks the model again only with --no-cache', async () => {
    process.env.COUNT_FILE = countFile;
    const data = jsonl([{ t: 'short', y: 'short' }, { t: 'a much longer text', y: 'long' }, { t: 'tiny', y: 'long' }]);
    const suite = `suite: cached\ndata: { path: d.jsonl, input: t, label: y }\nmodel: { module: ${JSON.stringify(resolve('test/fixtures/models/countingModule.mjs'))}, cache: true }\nchecks:\n  - metrics: [accuracy]\n`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': data });
    const args = ['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--cache-dir', join(dir, 'cache'), '--quiet', '--allow-outside-paths'];
    expect((await runCli(args)).code).toBe(0);
    expect((await runCli(args)).code).toBe(0);
    const calls = () => (existsSync(countFile) ? readFileSync(countFile, 'utf8').trim().split('\n').length : 0);
    expect(calls()).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'timing.json'), 'utf8')).cache).toEqual({ hits: 3, misses: 0 });
    expect((await runCli([...args, '--no-cache'])).code).toBe(0);
    expect(calls()).toBe(6);
  });
});
