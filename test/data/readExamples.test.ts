import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAllExamples } from '../../src/data/readAllExamples.js';
import { readExamples, type ReadOptions, type SkippedRow } from '../../src/data/readExamples.js';
import { InvalidInputError, formatProblem, type Problem } from '../../src/problem.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'data');
const dir = mkdtempSync(join(tmpdir(), 'evalgate-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(ext: string, content: string | Buffer): string {
  const p = join(dir, `f${n++}.${ext}`);
  writeFileSync(p, content);
  return p;
}

async function problemOf(path: string, opts: ReadOptions): Promise<Problem> {
  const err = await readAllExamples(path, { displayPath: 'data/in', ...opts }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InvalidInputError);
  const problems = (err as InvalidInputError).problems;
  expect(problems).toHaveLength(1);
  return problems[0];
}

const ALL = { id: 'id', input: 'text', label: 'label', score: 'score' } as const;

describe('readExamples: good data in each format', () => {
  it('reads JSONL (blank lines counted, numbers kept, multi-label arrays)', async () => {
    const { examples, skipped, rows } = await readAllExamples(join(FIX, 'good.jsonl'), {
      fields: { ...ALL, probabilities: 'probs', group: 'site' },
    });
    expect(rows).toBe(3);
    expect(skipped).toEqual([]);
    expect(examples).toEqual([
      { id: 'a1', line: 1, input: 'free money now', label: 'spam', score: 0.91, probabilities: [0.09, 0.91], group: 'x' },
      { id: 'a2', line: 2, input: 'lunch at noon?', label: 'ham', score: 0.12, probabilities: { ham: 0.88, spam: 0.12 }, group: 'y' },
      { id: '3', line: 4, input: 'win a prize', label: ['spam', 'promo'], score: 1, group: 7 },
    ]);
  });

  it('reads a JSON array (nested objects, strings holding brackets, element start lines)', async () => {
    const { examples } = await readAllExamples(join(FIX, 'good.json'), { fields: ALL, keepRaw: true });
    expect(examples.map((e) => [e.id, e.line, e.label, e.score])).toEqual([
      ['a1', 2, 'spam', 0.91],
      ['a2', 3, 'ham', 0.12],
      ['a3', 6, 'ham', 0],
    ]);
    expect(examples[1].input).toBe('has, a comma and a ] bracket and "quotes" and a \\ backslash');
    expect(examples[1].fields?.meta).toEqual({ nested: [[1, 2], { k: '}' }] });
    expect(examples[0].fields?.meta).toEqual({ tags: ['x', ']'] });
  });

  it('reads CSV (CRLF, quoted commas, quotes and newlines, JSON probabilities, labels as strings)', async () => {
    const { examples } = await readAllExamples(join(FIX, 'good.csv'), {
      fields: { ...ALL, probabilities: 'probs' },
    });
    expect(examples).toEqual([
      { id: 'a1', line: 2, input: 'free money now', label: 'spam', score: 0.91, probabilities: [0.09, 0.91] },
      { id: 'a2', line: 3, input: 'lunch, at noon?', label: 'ham', score: 0.12, probabilities: { ham: 0.88, spam: 0.12 } },
      { id: 'a3', line: 4, input: 'two\r\nlines and "quotes"', label: 'ham', score: 0 },
    ]);
  });

  it('takes the format from the option over the extension, and a CSV delimiter', async () => {
    const p = file('txt', 'y;s\n"a;b";0.5\n');
    const { examples } = await readAllExamples(p, { format: 'csv', csv: { delimiter: ';' }, fields: { label: 'y', score: 's' } });
    expect(examples).toMatchObject([{ label: 'a;b', score: 0.5, line: 2 }]);
    const j = file('NDJSON', '\uFEFF{"y":1}\r\n');
    expect((await readAllExamples(j, { fields: { label: 'y' }, labelsAsStrings: true })).examples[0].label).toBe('1');
  });
});

describe('readExamples: bad rows name the file, line and field', () => {
  const cases: [string, string, string, ReadOptions['fields'], (keyof typeof ALL)[] | undefined, string][] = [
    ['malformed JSON', 'jsonl', '{"label":"a"}\n\n{"label": }\n', { label: 'label' }, undefined, 'data/in:3: malformed JSON: '],
    ['row not an object', 'jsonl', '{"label":"a"}\n[1]\n', { label: 'label' }, undefined, 'data/in:2: a row must be a JSON object (got [1])'],
    ['ragged CSV', 'csv', 'label,score\na,0.1\nb\n', { label: 'label' }, undefined, 'data/in:3: expected 2 fields as in the header, got 1'],
    ['missing required', 'jsonl', '{"gold":"a"}\n{"other":1}\n', { label: 'gold' }, ['label'], 'data/in:2 gold: label is required but missing'],
    ['empty required CSV cell', 'csv', 'gold,x\na,1\n,2\n', { label: 'gold' }, ['label'], 'data/in:3 gold: label is required but missing'],
    ['non-numeric score', 'csv', 'label,score\na,abc\n', { label: 'label', score: 'score' }, undefined, 'data/in:2 score: score must be a number in [0, 1] (got "abc")'],
    ['NaN score', 'csv', 'label,conf\na,0.5\nb,NaN\n', { label: 'label', score: 'conf' }, undefined, 'data/in:3 conf: score must be a number in [0, 1] (got "NaN")'],
    ['out-of-range score', 'jsonl', '{"score":1.5}\n', { score: 'score' }, undefined, 'data/in:1 score: score must be a number in [0, 1] (got 1.5)'],
    ['bad probability', 'json', '[\n{"p":[0.5,0.5]},\n{"p":[0.5,-1]}]', { probabilities: 'p' }, undefined, 'data/in:3 p: probabilities[1] must be a number in [0, 1] (got -1)'],
    ['probabilities not array/object', 'jsonl', '{"p":"0.3"}\n', { probabilities: 'p' }, undefined, 'data/in:1 p: probabilities must be an array of numbers or an object {label: probability} (got "0.3")'],
    ['label not string/number', 'jsonl', '{"y":"a"}\n{"y":true}\n', { label: 'y' }, undefined, 'data/in:2 y: label must be a string or a number, or an array of them (got true)'],
    ['duplicate id', 'csv', 'id,y\nk1,a\nk2,b\n"k1",c\n', { id: 'id', label: 'y' }, undefined, 'data/in:4 id: duplicate id "k1" (first on line 2)'],
    ['probabilities not JSON in a CSV cell', 'csv', 'y,p\na,"[0.5,0.5]"\nb,0.2;0.8\n', { label: 'y', probabilities: 'p' }, undefined, 'data/in:3 p: probabilities must be a JSON array or object in the cell (got "0.2;0.8")'],
    ['group not string/number', 'jsonl', '{"g":"a"}\n{"g":{"x":1}}\n', { group: 'g' }, undefined, 'data/in:2 g: group must be a string or a number (got {"x":1})'],
    ['mixed label types', 'jsonl', '{"y":1,"p":0}\n{"y":1,"p":"0"}\n', { label: 'y', prediction: 'p' }, undefined, 'data/in:2 p: prediction must be a number like the earlier labels (got "0"); to mix numbers and strings, read labels as strings (labelsAsStrings)'],
    ['malformed JSON element', 'json', '[{"y":"a"},\n {"y":"b",}]', { label: 'y' }, undefined, 'data/in:2: malformed JSON: '],
  ];
  for (const [name, ext, content, fields, required, expected] of cases) {
    it(name, async () => {
      const problem = await problemOf(file(ext, content), { fields, required });
      expect(problem.code).toBe('bad-row');
      expect(problem.file).toBe('data/in');
      expect(formatProblem(problem).startsWith(expected)).toBe(true);
      if (!expected.endsWith(': ')) expect(formatProblem(problem)).toBe(expected);
    });
  }
});

describe('readExamples: skip mode', () => {
  it('skips bad rows, counts and lists them, and calls onSkip as it goes', async () => {
    const p = file('jsonl', '{"id":1,"y":"a","s":0.1}\n{"id":2,"y":"b","s":7}\nnot json\n{"id":1,"y":"c"}\n{"id":3,"y":"d"}\n');
    const seen: SkippedRow[] = [];
    const res = await readAllExamples(p, { fields: { id: 'id', label: 'y', score: 's' }, onBadRow: 'skip', onSkip: (r) => seen.push(r) });
    expect(res.rows).toBe(5);
    expect(res.examples.map((e) => e.id)).toEqual(['1', '3']);
    expect(res.skipped.map((s) => [s.line, s.problem.path, s.problem.message])).toEqual([
      [2, ['s'], 'score must be a number in [0, 1] (got 7)'],
      [3, [], expect.stringMatching(/^malformed JSON: /)],
      [4, ['id'], 'duplicate id "1" (first on line 1)'],
    ]);
    expect(seen).toEqual(res.skipped);
    expect(res.skipped.every((s) => s.problem.code === 'bad-row' && s.problem.line === s.line)).toBe(true);
  });

  it('keeps live stats on the streaming API', async () => {
    const p = file('csv', 'y,s\na,0.1\nb,x\nc,0.3\n');
    const stream = readExamples(p, { fields: { label: 'y', score: 's' }, onBadRow: 'skip', batchSize: 1 });
    const batches: string[][] = [];
    for await (const batch of stream) batches.push(batch.map((e) => e.label as string));
    expect(batches).toEqual([['a'], ['c']]);
    expect(stream.stats).toMatchObject({ rows: 3, examples: 2, done: true });
    expect(stream.stats.skipped.map((s) => s.line)).toEqual([3]);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already iterated/);
  });
});

describe('readExamples: files', () => {
  it('reports a missing file, a directory and an unknown extension', async () => {
    expect(await problemOf(join(dir, 'nope.jsonl'), { fields: { label: 'y' } })).toEqual({
      code: 'missing-file', file: 'data/in', path: [], message: 'file not found',
    });
    expect((await problemOf(dir + '/', { format: 'jsonl', fields: { label: 'y' } })).code).toBe('missing-file');
    expect((await problemOf(file('txt', 'x'), { fields: { label: 'y' } })).code).toBe('unknown-format');
  });

  it('reports a mapped column missing from the CSV header', async () => {
    const problem = await problemOf(file('csv', 'text,y\na,b\n'), { fields: { input: 'text', label: 'label' } });
    expect(formatProblem(problem)).toBe('data/in:1 label: the header has no column "label" (columns: "text", "y")');
  });

  it('rejects invalid options with a plain Error', () => {
    expect(() => readExamples('x.jsonl', { fields: {} })).toThrow('readExamples: fields must map at least one role');
    expect(() => readExamples('x.jsonl', { fields: { label: 'y' }, required: ['score'] })).toThrow(
      'readExamples: required field "score" is not mapped in fields',
    );
    expect(() => readExamples('x.jsonl', { fields: { label: 'y' }, batchSize: 0 })).toThrow(/batchSize must be an integer >= 1/);
    expect(() => readExamples('x.jsonl', { fields: { lable: 'y' } as never })).toThrow(/unknown field role "lable"/);
  });
});

describe('readExamples: ids', () => {
  const rows = Array.from({ length: 50 }, (_, i) => ({ text: `t${i % 40}`, label: i % 2 ? 'a' : 'b' }));

  it('are stable across reads and independent of row order and format', async () => {
    const fields = { input: 'text', label: 'label' };
    const idsByContent = async (p: string) => {
      const { examples } = await readAllExamples(p, { fields });
      const m = new Map<string, string[]>();
      for (const e of examples) {
        const k = JSON.stringify([e.input, e.label]);
        m.set(k, [...(m.get(k) ?? []), e.id].sort());
      }
      return m;
    };
    const forward = file('jsonl', rows.map((r) => JSON.stringify(r)).join('\n'));
    const backward = file('jsonl', rows.map((r) => JSON.stringify({ label: r.label, text: r.text })).reverse().join('\n'));
    const asArray = file('json', JSON.stringify(rows, null, 2));
    const a = await idsByContent(forward);
    expect(await idsByContent(forward)).toEqual(a);
    expect(await idsByContent(backward)).toEqual(a);
    expect(await idsByContent(asArray)).toEqual(a);
    const all = [...a.values()].flat();
    expect(new Set(all).size).toBe(50);
    expect(all.filter((id) => /^[0-9a-f]{12}$/.test(id))).toHaveLength(40);
    expect(all.filter((id) => /^[0-9a-f]{12}-2$/.test(id))).toHaveLength(10);
  });
});

describe('readExamples: a large file', () => {
  it('streams 200k rows in full batches with the right lines', async () => {
    const total = 200_000;
    const parts: string[] = [];
    for (let i = 0; i < total; i++) parts.push(`{"id":"r${i}","label":"c${i % 7}","prediction":"c${(i * 3) % 7}","score":${(i % 100) / 100}}\n`);
    const p = file('jsonl', parts.join(''));
    const stream = readExamples(p, { fields: { id: 'id', label: 'label', prediction: 'prediction', score: 'score' }, required: ['label'] });
    const sizes: number[] = [];
    let expected = 0;
    for await (const batch of stream) {
      sizes.push(batch.length);
      for (const e of batch) {
        if (e.id !== `r${expected}` || e.line !== expected + 1 || e.score !== (expected % 100) / 100) {
          throw new Error(`row ${expected}: ${JSON.stringify(e)}`);
        }
        expected++;
      }
    }
    expect(expected).toBe(total);
    expect(sizes.slice(0, -1).every((s) => s === 4096)).toBe(true);
    expect(sizes.at(-1)).toBe(total % 4096);
    expect(stream.stats).toMatchObject({ rows: total, examples: total, skipped: [], done: true });
  });

  it('stops reading when the consumer stops early', async () => {
    const p = file('jsonl', Array.from({ length: 10_000 }, (_, i) => `{"y":"${i}"}`).join('\n'));
    const stream = readExamples(p, { fields: { label: 'y' }, batchSize: 100 });
    for await (const batch of stream) {
      expect(batch[0].label).toBe('0');
      break;
    }
    expect(stream.stats.done).toBe(false);
    expect(stream.stats.examples).toBe(100);
  });
});

describe('derived ids by line', () => {
  it('names rows without an id field line-N when asked, and hashes them by default', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-ids-'));
    const path = join(dir, 'd.jsonl');
    writeFileSync(path, '{"y":"a"}\n\n{"y":"a"}\n');
    const { readAllExamples } = await import('../../src/data/readAllExamples.js');
    const byLine = await readAllExamples(path, { fields: { label: 'y' }, derivedIds: 'line' });
    expect(byLine.examples.map((e) => e.id)).toEqual(['line-1', 'line-3']);
    const hashed = await readAllExamples(path, { fields: { label: 'y' } });
    expect(hashed.examples[0].id).toMatch(/^[0-9a-f]{12}$/);
    expect(hashed.examples[1].id).toBe(`${hashed.examples[0].id}-2`);
  });
});
