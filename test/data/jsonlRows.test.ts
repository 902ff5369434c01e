import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonlRows } from '../../src/data/jsonlRows.js';
import { RowError } from '../../src/data/rowError.js';

async function* chunksOf(...parts: (string | Buffer)[]): AsyncGenerator<Buffer | string> {
  for (const p of parts) yield p;
}

async function collect(parts: (string | Buffer)[], batchSize = 100) {
  const rows: unknown[] = [];
  const lines: number[] = [];
  const sizes: number[] = [];
  for await (const b of jsonlRows(chunksOf(...parts), batchSize)) {
    sizes.push(b.rows.length);
    rows.push(...b.rows);
    lines.push(...b.lines);
  }
  return { rows, lines, sizes };
}

describe('jsonlRows', () => {
  it('splits lines across chunks, handling CRLF, blank lines and a last line without newline', async () => {
    const { rows, lines } = await collect(['{"a":1}\r\n\n   \n{"a"', ':2}\r\n\r\n{"a":3}']);
    expect(rows).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(lines).toEqual([1, 4, 6]);
  });

  it('drops a UTF-8 BOM and decodes multi-byte characters split between chunks', async () => {
    const bytes = Buffer.from('\uFEFF{"t":"é€😀"}\n{"t":"ü"}\n', 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const { rows, lines } = await collect([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(rows).toEqual([{ t: 'é€😀' }, { t: 'ü' }]);
      expect(lines).toEqual([1, 2]);
    }
  });

  it('turns a malformed line into a RowError in place and keeps going', async () => {
    const { rows, lines } = await collect(['{"a":1}\n{"a":\n{"a":3}\n']);
    expect(lines).toEqual([1, 2, 3]);
    expect(rows[1]).toBeInstanceOf(RowError);
    expect((rows[1] as RowError).message).toMatch(/^malformed JSON: /);
    expect(rows[2]).toEqual({ a: 3 });
  });

  it('yields batches of at most batchSize rows', async () => {
    const text = Array.from({ length: 10 }, (_, i) => `{"i":${i}}`).join('\n');
    const { rows, sizes } = await collect([text.slice(0, 17), text.slice(17)], 3);
    expect(sizes).toEqual([3, 3, 3, 1]);
    expect(rows.map((r) => (r as { i: number }).i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('joins a line that spans many chunks', async () => {
    const long = JSON.stringify({ t: 'x'.repeat(5000) });
    const parts = long.match(/.{1,7}/gs)!;
    const { rows, lines } = await collect([...parts, '\n{"b":1}']);
    expect(rows).toEqual([{ t: 'x'.repeat(5000) }, { b: 1 }]);
    expect(lines).toEqual([1, 2]);
  });

  it('gives the same rows and lines however the bytes are chunked (property)', async () => {
    const row = fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 });
    const line = fc.oneof(row.map((r) => JSON.stringify(r)), fc.constantFrom('', '  ', '\r'));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), async (ls, cuts) => {
        const bytes = Buffer.from(ls.join('\n'), 'utf8');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const parts: Buffer[] = [];
        let prev = 0;
        for (const p of [...points, bytes.length]) {
          parts.push(bytes.subarray(prev, p));
          prev = p;
        }
        const got = await collect(parts, 2);
        expect(got.sizes.every((n) => n >= 1 && n <= 2)).toBe(true);
        expect(got.sizes.slice(0, -1).every((n) => n === 2)).toBe(true);
        const expectedLines: number[] = [];
        const expectedRows: unknown[] = [];
        ls.forEach((l, i) => {
          if (l.trim() !== '') {
            expectedLines.push(i + 1);
            expectedRows.push(JSON.parse(l));
          }
        });
        expect(got.lines).toEqual(expectedLines);
        expect(got.rows).toEqual(expectedRows);
      }),
    );
  });
});
