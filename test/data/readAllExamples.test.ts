import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAllExamples } from '../../src/data/readAllExamples.js';
import { readExamples, type ReadOptions } from '../../src/data/readExamples.js';
import { InvalidInputError, type Problem } from '../../src/problem.js';

const dir = mkdtempSync(join(tmpdir(), 'evalgate-readall-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(ext: string, content: string): string {
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

describe('readAllExamples', () => {
  it('returns examples in file order, skipped rows and the row count', async () => {
    const p = file('jsonl', '{"y":"a"}\n{"y":true}\n\n{"y":"b"}\n');
    const res = await readAllExamples(p, { fields: { label: 'y' }, onBadRow: 'skip' });
    expect(res.rows).toBe(3);
    expect(res.examples.map((e) => [e.line, e.label])).toEqual([
      [1, 'a'],
      [4, 'b'],
    ]);
    expect(res.skipped.map((s) => s.line)).toEqual([2]);
  });

  it('throws empty-data from readAllExamples when every row was skipped', async () => {
    const p = file('jsonl', '{"s":2}\n');
    const problem = await problemOf(p, { fields: { score: 's' }, onBadRow: 'skip' });
    expect(problem).toEqual({
      code: 'empty-data',
      file: 'data/in',
      path: [],
      message: 'all 1 data rows are bad and were skipped (first: line 1: score must be a number in [0, 1] (got 2))',
    });
  });

  it('reports an empty file: rows 0 on the stream, empty-data from readAllExamples', async () => {
    for (const [ext, content] of [['jsonl', '\n\n'], ['csv', 'y,s\r\n'], ['json', '[]'], ['json', '']]) {
      const p = file(ext, content);
      const stream = readExamples(p, { fields: { label: 'y' } });
      for await (const _ of stream) throw new Error('no batch expected');
      expect(stream.stats).toMatchObject({ rows: 0, examples: 0, done: true });
      expect(await problemOf(p, { fields: { label: 'y' } })).toEqual({
        code: 'empty-data', file: 'data/in', path: [], message: 'the file has no data rows',
      });
    }
  });
});
