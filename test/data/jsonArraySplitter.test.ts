import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from '../../src/data/jsonArraySplitter.js';
import { RowError } from '../../src/data/rowError.js';
import { InvalidInputError } from '../../src/problem.js';

function split(...parts: string[]) {
  const s = new JsonArraySplitter('d.json');
  for (const p of parts) s.push(p);
  s.end();
  return { rows: s.rows, lines: s.lines };
}

function problemOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as InvalidInputError).problems[0];
  }
  throw new Error('expected a throw');
}

const tricky = [
  { a: '],[', b: { c: ['}', '{', '"'] } },
  { s: 'back\\slash\\', t: '\\"],' },
  { n: [[1, [2, [3]]], { x: { y: {} } }] },
  'a bare string, with "quotes" and ]',
  42,
  { long: `${'x'.repeat(40)}${'"q\\\n'.repeat(8)}${'],{"'.repeat(5)}\u2028 end` },
];

describe('JsonArraySplitter', () => {
  it('finds element boundaries respecting nesting, strings and escapes', () => {
    const { rows } = split(JSON.stringify(tricky));
    expect(rows).toEqual(tricky);
  });

  it('gives each element the line where it starts', () => {
    const text = '[\n  {"a": 1},\n  {"a":\n 2}, {"a": "x\\ny"},\n\n  {"a": 4}\n]\n';
    const { rows, lines } = split(text);
    expect(rows).toEqual([{ a: 1 }, { a: 2 }, { a: 'x\ny' }, { a: 4 }]);
    expect(lines).toEqual([2, 3, 4, 6]);
  });

  it('gives the same result whatever the chunking (every cut point)', () => {
    const text = '\uFEFF[ ' + tricky.map((t) => JSON.stringify(t, null, 1)).join(' ,\n') + ' ]  \n';
    const whole = split(text);
    expect(whole.rows).toEqual(tricky);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(split(text.slice(0, cut), text.slice(cut))).toEqual(whole);
    }
  });

  it('matches JSON.parse on random arrays split at random points (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.integer({ min: 1, max: 9 }), (arr, step) => {
        const text = JSON.stringify(arr, null, 1);
        const parts: string[] = [];
        for (let i = 0; i < text.length; i += step) parts.push(text.slice(i, i + step));
        expect(split(...parts).rows).toEqual(JSON.parse(text));
      }),
    );
  });

  it('keeps counting lines through a raw newline inside a (malformed) string', () => {
    const { rows, lines } = split('[{"a":"x\ny"},\n{"b":1}]');
    expect(lines).toEqual([1, 3]);
    expect((rows[0] as RowError).message).toMatch(/^malformed JSON: /);
    expect(rows[1]).toEqual({ b: 1 });
  });

  it('stays linear on long strings full of escapes and on one-line arrays', () => {
    const long = 'a\\"\n'.repeat(50_000);
    const one = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ i, s: long.slice(0, i % 50) })));
    const text = `[${JSON.stringify({ s: long })},\n${one.slice(1)}`;
    const parts = text.match(/[^]{1,65536}/g)!;
    const t = performance.now();
    const { rows, lines } = split(...parts);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(rows).toHaveLength(20_001);
    expect(rows[0]).toEqual({ s: long });
    expect(lines[1]).toBe(2);
    expect(lines.at(-1)).toBe(2);
  });

  it('reads an empty array, and an empty or blank file, as no rows', () => {
    expect(split('[ ]').rows).toEqual([]);
    expect(split('').rows).toEqual([]);
    expect(split(' \n ').rows).toEqual([]);
  });

  it('turns malformed and empty elements into RowErrors in place', () => {
    const { rows, lines } = split('[{"a":1},\n{"a":},\n,\n{"a" 2 3},\n{"a":4},\n]');
    expect(lines).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[0]).toEqual({ a: 1 });
    expect((rows[1] as RowError).message).toMatch(/^malformed JSON: /);
    expect((rows[2] as RowError).message).toBe('empty element (two commas in a row?)');
    expect((rows[3] as RowError).message).toMatch(/^malformed JSON: /);
    expect(rows[4]).toEqual({ a: 4 });
    expect((rows[5] as RowError).message).toBe('empty element after a trailing comma');
  });

  it('throws malformed-file when the file is not an array, is not closed, or has trailing text', () => {
    expect(problemOf(() => split('\n{"a":1}'))).toEqual({
      code: 'malformed-file',
      file: 'd.json',
      line: 2,
      path: [],
      message: 'the file must hold a JSON array of rows (found "{")',
    });
    expect(problemOf(() => split('[{"a":1},\n{"a":2}\n'))).toMatchObject({
      line: 3,
      message: 'the JSON array is not closed (missing "]")',
    });
    expect(problemOf(() => split('[{"a":1}]\n]'))).toMatchObject({
      line: 2,
      message: 'unexpected text after the closing "]" ("]")',
    });
  });
});
