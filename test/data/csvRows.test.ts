import { describe, expect, it } from 'vitest';
import { csvRows, type CsvRowOptions } from '../../src/data/csvRows.js';
import { RowError } from '../../src/data/rowError.js';
import { InvalidInputError } from '../../src/problem.js';

async function* chunksOf(...parts: (string | Buffer)[]): AsyncGenerator<Buffer | string> {
  for (const p of parts) yield p;
}

async function collect(parts: (string | Buffer)[], opts: Partial<CsvRowOptions> = {}, batchSize = 100) {
  const rows: unknown[] = [];
  const lines: number[] = [];
  const sizes: number[] = [];
  for await (const b of csvRows(chunksOf(...parts), batchSize, { file: 'd.csv', ...opts })) {
    sizes.push(b.rows.length);
    rows.push(...b.rows);
    lines.push(...b.lines);
  }
  return { rows, lines, sizes };
}

describe('csvRows', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes and newlines inside fields', async () => {
    const text = 'a,b\n1,"x, y"\n"say ""hi""",2\n"multi\nline\nfield",3\n4,5';
    const { rows, lines } = await collect([text]);
    expect(rows).toEqual([
      { a: '1', b: 'x, y' },
      { a: 'say "hi"', b: '2' },
      { a: 'multi\nline\nfield', b: '3' },
      { a: '4', b: '5' },
    ]);
    expect(lines).toEqual([2, 3, 4, 7]);
  });

  it('handles CRLF, a BOM, empty lines and chunks cut anywhere', async () => {
    const bytes = Buffer.from('\uFEFFa,b\r\n\r\n1,"é\r\nz"\r\n\r\n\r\n2,3\r\n', 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { rows, lines } = await collect([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(rows).toEqual([{ a: '1', b: 'é\r\nz' }, { a: '2', b: '3' }]);
      expect(lines).toEqual([3, 7]);
    }
  });

  it('counts lines of a header spanning lines', async () => {
    const { rows, lines } = await collect(['"a\nx",b\n1,2\n']);
    expect(rows).toEqual([{ 'a\nx': '1', b: '2' }]);
    expect(lines).toEqual([3]);
  });

  it('uses another delimiter when asked', async () => {
    const { rows } = await collect(['a;b\n1;"2;3"\n'], { delimiter: ';' });
    expect(rows).toEqual([{ a: '1', b: '2;3' }]);
  });

  it('turns ragged records into RowErrors in place, without crashing', async () => {
    const { rows, lines } = await collect(['a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n']);
    expect(lines).toEqual([2, 3, 4, 5]);
    expect((rows[1] as RowError).message).toBe('expected 3 fields as in the header, got 2');
    expect((rows[2] as RowError).message).toBe('expected 3 fields as in the header, got 4');
    expect(rows[0]).toEqual({ a: '1', b: '2', c: '3' });
    expect(rows[3]).toEqual({ a: '10', b: '11', c: '12' });
  });

  it('turns broken quoting into a RowError with the record line', async () => {
    const { rows, lines } = await collect(['a,b\n1,2\n3,"bad"x\n']);
    expect(lines).toEqual([2, 3]);
    expect(rows[1]).toBeInstanceOf(RowError);
    expect((rows[1] as RowError).message).toMatch(/^malformed CSV: Invalid Closing Quote/);
  });

  it('resumes after a stray quote and reports the broken record once', async () => {
    const { rows, lines } = await collect(['a,b\n1,2\n3,b"a"d\n4,5\n6,7\n']);
    expect(lines).toEqual([2, 3, 4, 5]);
    expect((rows[1] as RowError).message).toMatch(/^malformed CSV: Invalid Opening Quote/);
    expect(rows.slice(2)).toEqual([
      { a: '4', b: '5' },
      { a: '6', b: '7' },
    ]);
  });

  it('keeps start lines right after many CRLFs and lone CRs inside quoted fields', async () => {
    const text = 'a,b\r\n"1\r\n2\r\n3","x\ry"\r\n4,"\r\n"\r\n\r\n5,6\r\n';
    const { rows, lines } = await collect([text]);
    expect(rows).toEqual([
      { a: '1\r\n2\r\n3', b: 'x\ry' },
      { a: '4', b: '\r\n' },
      { a: '5', b: '6' },
    ]);
    expect(lines).toEqual([2, 6, 9]); // a lone CR counts as a line break, as in csv-parse
  });

  it('reports an unclosed quote at the end of the file', async () => {
    const { rows, lines } = await collect(['a,b\n1,2\n3,"open\n4,5\n']);
    expect(lines).toEqual([2, 3]);
    expect((rows[1] as RowError).message).toMatch(/^malformed CSV: Quote Not Closed/);
  });

  it('yields batches of at most batchSize rows', async () => {
    const text = 'a\n' + Array.from({ length: 10 }, (_, i) => String(i)).join('\n');
    const { sizes, rows } = await collect([text.slice(0, 7), text.slice(7)], {}, 4);
    expect(sizes).toEqual([4, 4, 2]);
    expect(rows.map((r) => (r as { a: string }).a)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('throws missing-column when the header lacks or repeats a mapped column', async () => {
    const err = await collect(['a,b\n1,2\n'], { columns: ['a', 'label'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).problems).toEqual([
      {
        code: 'missing-column',
        file: 'd.csv',
        line: 1,
        path: ['label'],
        message: 'the header has no column "label" (columns: "a", "b")',
      },
    ]);
    const dup = await collect(['a,a\n1,2\n'], { columns: ['a'] }).catch((e: unknown) => e);
    expect((dup as InvalidInputError).problems[0].message).toBe('the header has 2 columns named "a"');
  });

  it('reads a header-only or empty file as no rows', async () => {
    expect((await collect(['a,b\n'])).rows).toEqual([]);
    expect((await collect([''])).rows).toEqual([]);
  });
});
