import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAllExamples } from '../../src/data/readAllExamples.js';
import { readScoreColumns } from '../../src/data/readScoreColumns.js';
import type { ReadOptions } from '../../src/data/readExamples.js';
import { InvalidInputError, formatProblem } from '../../src/problem.js';
import { MetricsCollector } from '../../src/run/metricsInput.js';

// Issue 23 item 10: JSON.parse turns 1e999 into Infinity, which JSON.stringify prints as null;
// every reader names the number as written instead.

const dir = mkdtempSync(join(tmpdir(), 'evalgate-nonfinite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (ext: string, text: string): string => {
  const p = join(dir, `f${n++}.${ext}`);
  writeFileSync(p, text);
  return p;
};

async function firstProblem(path: string, opts: ReadOptions): Promise<string> {
  const err = await readAllExamples(path, { displayPath: 'data.x', ...opts }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InvalidInputError);
  return formatProblem((err as InvalidInputError).problems[0]);
}

const good = '{"id":"a","y":"p","s":0.5,"g":"x","pr":[0.5,0.5]}\n';

describe('readExamples names a non-finite number as written', () => {
  it.each([
    ['score', '{"id":"b","y":"q","s":1e999}', { label: 'y', score: 's' }, 'data.x:2 s: score must be a finite number in [0, 1] (got 1e999)'],
    ['negative score', '{"id":"b","y":"q","s": -2E+400 }', { label: 'y', score: 's' }, 'data.x:2 s: score must be a finite number in [0, 1] (got -2E+400)'],
    ['probabilities', '{"id":"b","y":"q","pr":[0.5, 1e999]}', { label: 'y', probabilities: 'pr' }, 'data.x:2 pr: probabilities[1] must be a finite number in [0, 1] (got 1e999)'],
    ['probabilities object', '{"id":"b","y":"q","pr":{"p":1e999,"q":0}}', { label: 'y', probabilities: 'pr' }, 'data.x:2 pr: probabilities["p"] must be a finite number in [0, 1] (got 1e999)'],
    ['label', '{"id":"b","y":1e999}', { label: 'y' }, 'data.x:2 y: label must be a string or a finite number (got 1e999)'],
    ['multi-label', '{"id":"b","y":["p",9e999]}', { label: 'y' }, 'data.x:2 y: label[1] must be a string or a finite number (got 9e999)'],
    ['group', '{"id":"b","y":"q","g":1e999}', { label: 'y', group: 'g' }, 'data.x:2 g: group must be a string or a finite number (got 1e999)'],
    ['id', '{"id":1e999,"y":"q"}', { id: 'id', label: 'y' }, 'data.x:2 id: id must be a non-empty string or a finite number (got 1e999)'],
  ])('%s, in JSONL and in a JSON array', async (_what, row, fields, message) => {
    expect(await firstProblem(file('jsonl', good + row + '\n'), { fields })).toBe(message);
    expect(await firstProblem(file('json', `[${good.trim()},\n${row}]`), { fields })).toBe(message);
  });

  it('in a CSV probabilities cell, and a CSV score cell by its text', async () => {
    const csv = 'y,pr,s\np,"[0.5,0.5]",0.5\nq,"[1e999,0]",0.5\nq,"[0.5,0.5]",1e999\n';
    expect(await firstProblem(file('csv', csv), { fields: { label: 'y', probabilities: 'pr' } })).toBe(
      'data.x:3 pr: probabilities[0] must be a finite number in [0, 1] (got 1e999)',
    );
    expect(await firstProblem(file('csv', csv), { fields: { label: 'y', score: 's' } })).toBe(
      'data.x:4 s: score must be a finite number in [0, 1] (got "1e999")',
    );
  });

  it('in skip mode, in the skipped list', async () => {
    const { skipped } = await readAllExamples(file('jsonl', good + '{"y":"q","s":1e999}\n'), { fields: { label: 'y', score: 's' }, onBadRow: 'skip', displayPath: 'd' });
    expect(skipped.map((r) => r.problem.message)).toEqual(['score must be a finite number in [0, 1] (got 1e999)']);
  });

  it('on the score fast path (evalgate score) too', async () => {
    const path = file('jsonl', '{"y":"p","t":"p","s":0.5}\n{"y":"q","t":"p","s":1e999}\n{"y":1e999,"t":"p","s":0.5}\n');
    const opts: ReadOptions = { fields: { label: 'y', prediction: 't', score: 's' }, required: ['label', 'prediction', 'score'], derivedIds: 'line', displayPath: 'p.jsonl' };
    const err = await readScoreColumns(path, opts, new MetricsCollector(true, false, 4)).catch((e: unknown) => e);
    expect(formatProblem((err as InvalidInputError).problems[0])).toBe('p.jsonl:2 s: score must be a finite number in [0, 1] (got 1e999)');
    const seen: string[] = [];
    await readScoreColumns(path, { ...opts, onBadRow: 'skip', onSkip: (r) => seen.push(formatProblem(r.problem)) }, new MetricsCollector(true, false, 4));
    expect(seen).toEqual([
      'p.jsonl:2 s: score must be a finite number in [0, 1] (got 1e999)',
      'p.jsonl:3 y: label must be a string or a finite number (got 1e999)',
    ]);
  });
});
