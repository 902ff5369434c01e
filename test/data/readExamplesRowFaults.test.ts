import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonArrayRows } from '../../src/data/jsonArrayRows.js';
import { jsonlRows } from '../../src/data/jsonlRows.js';
import { readAllExamples } from '../../src/data/readAllExamples.js';
import type { ReadOptions } from '../../src/data/readExamples.js';
import { readScoreColumns } from '../../src/data/readScoreColumns.js';
import { RowError } from '../../src/data/rowError.js';
import { InvalidInputError, formatProblem } from '../../src/problem.js';
import { MetricsCollector } from '../../src/run/metricsInput.js';

// Issue 23 item 11: invalid UTF-8 is not read as U+FFFD, and a row without its named id field
// is not given a hash: both are bad rows (file, line, and the byte offset for UTF-8).

const dir = mkdtempSync(join(tmpdir(), 'evalgate-rowfaults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (ext: string, content: string | Buffer): string => {
  const p = join(dir, `f${n++}.${ext}`);
  writeFileSync(p, content);
  return p;
};
/** `text` as bytes, with every `\u0000` turned into the invalid byte 0xff. */
const bytes = (text: string): Buffer => Buffer.from(Buffer.from(text, 'utf8').map((b) => (b === 0 ? 0xff : b)));

async function problems(path: string, opts: ReadOptions): Promise<string[]> {
  const err = await readAllExamples(path, { displayPath: 'd', ...opts }).catch((e: unknown) => e);
  if (!(err instanceof InvalidInputError)) return [];
  return err.problems.map(formatProblem);
}

async function skipped(path: string, opts: ReadOptions): Promise<{ labels: unknown[]; skipped: string[] }> {
  const r = await readAllExamples(path, { displayPath: 'd', onBadRow: 'skip', ...opts });
  return { labels: r.examples.map((e) => e.label), skipped: r.skipped.map((s) => formatProblem(s.problem)) };
}

describe('invalid UTF-8 is a bad row naming the line and the byte offset', () => {
  const fields = { label: 'y' };

  it('in JSONL, in a label or any other field, and at the end of the file', async () => {
    const text = '{"y":"a"}\n{"y":"b\u0000"}\n{"y":"c","note":"x\u0000"}\n{"y":"é"}\n';
    expect(await problems(file('jsonl', bytes(text)), { fields })).toEqual(['d:2: invalid UTF-8 at byte 17 of the file']);
    expect(await skipped(file('jsonl', bytes(text)), { fields })).toEqual({
      labels: ['a', 'é'],
      skipped: ['d:2: invalid UTF-8 at byte 17 of the file', 'd:3: invalid UTF-8 at byte 39 of the file'],
    });
    const cut = Buffer.concat([Buffer.from('{"y":"a"}\n{"y":"b'), Buffer.from([0xe2, 0x82])]);
    expect(await problems(file('jsonl', cut), { fields })).toEqual(['d:2: invalid UTF-8 at byte 17 of the file']);
  });

  it('in JSONL however the bytes are chunked', async () => {
    const b = bytes('{"y":"a"}\r\n\n{"y":"\u00e9\u0000"}\n{"y":"c"}');
    for (let cut = 0; cut <= b.length; cut++) {
      const rows: unknown[] = [];
      const lines: number[] = [];
      for await (const batch of jsonlRows((async function* () { yield b.subarray(0, cut); yield b.subarray(cut); })(), 2)) {
        rows.push(...batch.rows);
        lines.push(...batch.lines);
      }
      expect(lines).toEqual([1, 3, 4]);
      expect(rows[1]).toEqual(new RowError([], 'invalid UTF-8 at byte 20 of the file'));
      expect(rows[2]).toEqual({ y: 'c' });
    }
  });

  it('in a JSON array: only the element holding it, even on one line', async () => {
    const text = '[{"y":"a"},{"y":"b\u0000"},{"y":"c"},\n{"y":"d"}]';
    expect(await skipped(file('json', bytes(text)), { fields })).toEqual({
      labels: ['a', 'c', 'd'],
      skipped: ['d:1: invalid UTF-8 at byte 18 of the file'],
    });
    const b = bytes(text);
    for (let cut = 0; cut <= b.length; cut++) {
      const rows: unknown[] = [];
      for await (const batch of jsonArrayRows((async function* () { yield b.subarray(0, cut); yield b.subarray(cut); })(), 10, 'd')) rows.push(...batch.rows);
      expect(rows.map((r) => (r instanceof RowError ? r.message : r))).toEqual([{ y: 'a' }, 'invalid UTF-8 at byte 18 of the file', { y: 'c' }, { y: 'd' }]);
    }
  });

  it('in CSV, in a cell of a record spanning lines; in the header it stops the read', async () => {
    const text = 'y,note\na,x\n"b\u0000",x\nc,"two\nlines \u0000"\nd,x\n';
    expect(await problems(file('csv', bytes(text)), { fields })).toEqual(['d:3: invalid UTF-8 at byte 13 of the file']);
    expect(await skipped(file('csv', bytes(text)), { fields })).toEqual({
      labels: ['a', 'd'],
      skipped: ['d:3: invalid UTF-8 at byte 13 of the file', 'd:4: invalid UTF-8 at byte 31 of the file'],
    });
    expect(await problems(file('csv', bytes('y\u0000,note\na,x\n')), { fields, onBadRow: 'skip' })).toEqual([
      'd:1: the header: invalid UTF-8 at byte 1 of the file',
    ]);
  });

  it('on the score fast path, like the general one', async () => {
    const path = file('jsonl', bytes('{"y":"a","p":"a"}\n{"y":"b","p":"a","x":"\u0000"}\n{"y":"b\u0000","p":"a"}\n'));
    const opts: ReadOptions = { fields: { label: 'y', prediction: 'p' }, required: ['label', 'prediction'], derivedIds: 'line', displayPath: 'p.jsonl', onBadRow: 'skip' };
    const seen: string[] = [];
    const stats = await readScoreColumns(path, { ...opts, onSkip: (r) => seen.push(formatProblem(r.problem)) }, new MetricsCollector(false, false, 4));
    expect(seen).toEqual(['p.jsonl:2: invalid UTF-8 at byte 40 of the file', 'p.jsonl:3: invalid UTF-8 at byte 51 of the file']);
    expect(stats).toMatchObject({ rows: 3, examples: 1 });
  });
});

describe('a row without the id field the suite names is a bad row', () => {
  const fields = { id: 'key', label: 'y' };
  const message = (line: number) => `d:${line} key: id is missing (the suite names the id field "key"; every row must have it)`;

  it('in JSONL (absent or null), a JSON array and CSV (an empty cell)', async () => {
    expect(await problems(file('jsonl', '{"key":"a","y":"p"}\n{"y":"q"}\n'), { fields })).toEqual([message(2)]);
    expect(await problems(file('jsonl', '{"key":"a","y":"p"}\n{"key":null,"y":"q"}\n'), { fields })).toEqual([message(2)]);
    expect(await problems(file('json', '[{"key":"a","y":"p"},\n{"kye":"b","y":"q"}]'), { fields })).toEqual([message(2)]);
    expect(await problems(file('csv', 'key,y\na,p\n,q\n'), { fields })).toEqual([message(3)]);
  });

  it('skipped and counted under on_bad_row: skip', async () => {
    expect(await skipped(file('jsonl', '{"key":"a","y":"p"}\n{"y":"q"}\n{"key":"c","y":"r"}\n'), { fields })).toEqual({
      labels: ['p', 'r'],
      skipped: [message(2)],
    });
  });
});
