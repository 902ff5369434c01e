import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../../src/data/example.js';
import { findDuplicates } from '../../../src/data/quality/findDuplicates.js';

const ex = (id: string, line: number, input: unknown): Example => ({ id, line, input });

describe('findDuplicates', () => {
  it('groups equal inputs after normalization, ordered by first line', () => {
    const data = [
      ex('a', 2, 'Hello world'),
      ex('b', 3, 'something else'),
      ex('c', 4, '  HELLO\tworld '),
      ex('d', 5, 'Something else'),
      ex('e', 6, 'unique'),
      ex('f', 7, 'hello world'),
    ];
    const r = findDuplicates(data);
    expect(r.name).toBe('duplicates');
    expect(r.findings).toEqual([
      { ids: ['a', 'c', 'f'], lines: [2, 4, 7] },
      { ids: ['b', 'd'], lines: [3, 5] },
    ]);
    expect(r.count).toBe(3); // c, d, f repeat an earlier row
    expect(r.total).toBe(6);
    expect(r.rate).toBe(0.5);
    expect(r.figures).toEqual({ total: 6, count: 3, rate: 0.5, groups: 2 });
    expect(r.omitted).toBe(0);
    expect(r.warnings).toEqual([]);
  });

  it('matches Unicode variants: NFKC forms, composed accents, ß, no-break spaces', () => {
    const data = [
      ex('a', 1, 'Café ﬁne'),
      ex('b', 2, 'CAFE\u0301\u00a0FINE'),
      ex('c', 3, 'Ｃａｆé fine'),
      ex('d', 4, 'Straße'),
      ex('e', 5, 'STRASSE'),
    ];
    expect(findDuplicates(data).findings.map((f) => f.ids)).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });

  it('honours the normalization options', () => {
    const data = [ex('a', 1, 'Hello, world!'), ex('b', 2, 'hello world'), ex('c', 3, 'HELLO WORLD')];
    expect(findDuplicates(data).findings.map((f) => f.ids)).toEqual([['b', 'c']]);
    expect(findDuplicates(data, { normalize: { stripPunctuation: true } }).findings.map((f) => f.ids)).toEqual([['a', 'b', 'c']]);
    expect(findDuplicates(data, { normalize: { caseFold: false } }).count).toBe(0);
  });

  it('compares non-string inputs by canonical JSON and skips missing inputs', () => {
    const data = [
      ex('a', 1, { q: 'Hi', ctx: [1, 2] }),
      ex('b', 2, { ctx: [1, 2], q: 'hi' }),
      ex('c', 3, { ctx: [2, 1], q: 'hi' }),
      ex('d', 4, undefined),
      ex('e', 5, null),
      ex('f', 6, 5),
      ex('g', 7, '5'),
    ];
    const r = findDuplicates(data);
    expect(r.findings.map((f) => f.ids)).toEqual([['a', 'b'], ['f', 'g']]);
    expect(r.total).toBe(5);
    expect(r.count).toBe(2);
  });

  it('orders members and findings by line even when rows come unordered', () => {
    const data = [ex('x', 9, 'b'), ex('y', 3, 'a'), ex('z', 5, 'B'), ex('w', 1, 'A')];
    expect(findDuplicates(data).findings).toEqual([
      { ids: ['w', 'y'], lines: [1, 3] },
      { ids: ['z', 'x'], lines: [5, 9] },
    ]);
  });

  it('cuts the findings at maxFindings and says how many were left out', () => {
    const data = ['a', 'b', 'c'].flatMap((t, i) => [ex(`${t}1`, 2 * i + 1, t), ex(`${t}2`, 2 * i + 2, t)]);
    const r = findDuplicates(data, { maxFindings: 1 });
    expect(r.findings).toEqual([{ ids: ['a1', 'a2'], lines: [1, 2] }]);
    expect(r.omitted).toBe(2);
    expect(r.figures.groups).toBe(3);
    expect(r.count).toBe(3);
    expect(() => findDuplicates(data, { maxFindings: -1 })).toThrow('maxFindings must be a non-negative integer or Infinity (got -1)');
  });

  it('handles empty data', () => {
    expect(findDuplicates([])).toMatchObject({ total: 0, count: 0, rate: 0, findings: [] });
  });

  it('finds the same groups whatever the row order, and counts rows minus distinct inputs (property)', () => {
    const rows = fc.array(fc.constantFrom('a', 'A', ' a', 'b', 'B ', 'c', 'ß', 'ss', 'SS', 'x y', 'x  Y'), { maxLength: 40 });
    fc.assert(
      fc.property(rows.chain((texts) => fc.tuple(fc.constant(texts), fc.shuffledSubarray(texts.map((_, i) => i), { minLength: texts.length, maxLength: texts.length }))), ([texts, perm]) => {
        const data = texts.map((t, i) => ex(`r${i}`, i + 1, t));
        const shuffled = perm.map((i) => data[i]);
        const a = findDuplicates(data);
        const b = findDuplicates(shuffled);
        expect(b.findings).toEqual(a.findings);
        const distinct = new Set(texts.map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim().replace('ß', 'ss')));
        expect(a.count).toBe(texts.length - distinct.size);
      }),
    );
  });
});
