import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inShard, parseShard } from '../../src/run/shard.js';
import { AnswerIndex, recordAnswer } from '../../src/run/answerIndex.js';
import { readJournal } from '../../src/run/readJournal.js';
import { recordOf } from '../../src/run/recordOf.js';
import { recordedModel } from '../../src/run/recordedModel.js';
import { isReplayed } from '../../src/run/answerStamp.js';
import type { Model, Prediction } from '../../src/models/model.js';
import { tempFiles } from '../helpers/cli.js';

describe('inShard', () => {
  it('puts every id in exactly one of N shards', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), (id, count) => {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(id, { index, count }));
        expect(owners).toHaveLength(1);
      }),
    );
  });
  it('spreads ids about evenly', () => {
    const sizes = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) for (let s = 1; s <= 4; s++) if (inShard(`id-${i}`, { index: s, count: 4 })) sizes[s - 1]++;
    for (const n of sizes) expect(Math.abs(n - 1000)).toBeLessThan(120);
  });
  it('parses I/N', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('9/8')).toThrow(/1 <= I <= N/);
  });
});

describe('records and answers', () => {
  // Finite numbers, 0 for -0: what JSON can carry.
  const num = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
  const answers = fc.oneof(
    fc.record({ label: fc.string(), score: num, latencyMs: fc.nat() }),
    fc.record({ label: fc.string(), probabilities: fc.dictionary(fc.string(), num) }),
    fc.record({ text: fc.string() }),
    fc.record({ label: fc.string(), text: fc.string() }),
    fc.record({ error: fc.string() }),
  ) as fc.Arbitrary<Prediction>;
  it('recordAnswer(recordOf(answer)) gives the answer back, through JSON', () => {
    fc.assert(
      fc.property(answers, fc.string(), (a, input) => {
        const r = JSON.parse(JSON.stringify(recordOf({ id: 'x', line: 1, input }, a, 'metrics', null)));
        expect(recordAnswer(r)).toEqual(a);
      }),
    );
  });
  it('a recorded model replays what the index holds, asks for the rest, and flags the replayed', async () => {
    const asked: unknown[] = [];
    const base: Model = { identity: { name: 'echo', parameters: {} }, predict: async (xs) => xs.map((x) => { asked.push(x); return { label: String(x).toUpperCase() }; }) };
    const first = await recordedModel(base).predict(['a', 'b']);
    const index = new AnswerIndex();
    first.forEach((p, i) => index.add(JSON.parse(JSON.stringify(recordOf({ id: String(i), line: 1, input: ['a', 'b'][i] }, p, 'metrics', null)))));
    asked.length = 0;
    const again = await recordedModel(base, index).predict(['b', 'c', 'a']);
    expect(asked).toEqual(['c']);
    expect(again.map((p) => p.label)).toEqual(['B', 'C', 'A']);
    expect(again.map(isReplayed)).toEqual([true, false, true]);
    // An ask beyond an input's records reuses its last answer without a call, but is not a
    // replay: it has no record of its own yet.
    const more = await recordedModel(base, index).predict(['a', 'b']);
    expect(asked).toEqual(['c']);
    expect(more.map((p) => p.label)).toEqual(['A', 'B']);
    expect(more.map(isReplayed)).toEqual([false, false]);
    const merged = recordedModel(base, index, 'merge');
    const m = await merged.predict(['d']);
    expect(m[0].error).toMatch(/no record/);
    expect(index.misses).toEqual([{ model: expect.stringMatching(/^[0-9a-f]{16}$/), input: 'd' }]);
  });
  it('a call that throws answers only the inputs it was asked for with an error, stamped with the model', async () => {
    const ok: Model = { identity: { name: 'echo', parameters: {} }, predict: async (xs) => xs.map((x) => ({ label: String(x) })) };
    const index = new AnswerIndex();
    for (const p of await recordedModel(ok).predict(['a'])) index.add(JSON.parse(JSON.stringify(recordOf({ id: 'a', line: 1, input: 'a' }, p, 'metrics', null))));
    const throwing: Model = { ...ok, predict: async () => { throw new Error('adapter bug'); } };
    const got = await recordedModel(throwing, index).predict(['a', 'b']);
    expect(got.map((p) => [p.label, p.error])).toEqual([['a', undefined], [undefined, 'predict failed: adapter bug']]);
    expect(got.map(isReplayed)).toEqual([true, false]);
    const record = recordOf({ id: 'b', line: 2, input: 'b' }, got[1], 'metrics', null);
    expect(record.model).toMatch(/^[0-9a-f]{16}$/);
    const miscounting: Model = { ...ok, predict: async () => [] };
    expect((await recordedModel(miscounting).predict(['x', 'y'])).map((p) => p.error)).toEqual(['model returned 0 answers for 2 inputs', 'model returned 0 answers for 2 inputs']);
  });
});

describe('readJournal', () => {
  it('never parses a partial last line and truncates it away when asked', async () => {
    const dir = tempFiles({});
    const path = join(dir, 'r.jsonl');
    writeFileSync(path, '{"id":"a","check":"metrics","error":null}\n{"id":"b","check":"metrics","error":"x"}\n{"id":"c","ch');
    const seen: string[] = [];
    const report = await readJournal(path, (r) => seen.push(r.id), { truncate: true });
    expect(seen).toEqual(['a', 'b']);
    expect(report).toEqual({ records: 2, truncatedBytes: 13, badLines: 0 });
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a","check":"metrics","error":null}\n{"id":"b","check":"metrics","error":"x"}\n');
    expect(await readJournal(join(dir, 'none.jsonl'), () => {})).toEqual({ records: 0, truncatedBytes: 0, badLines: 0 });
  });
});
