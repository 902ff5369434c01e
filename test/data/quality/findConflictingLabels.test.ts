import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../../src/data/example.js';
import type { Label } from '../../../src/metrics/types.js';
import { findConflictingLabels } from '../../../src/data/quality/findConflictingLabels.js';

const ex = (id: string, line: number, input: unknown, label?: Label | Label[]): Example => ({ id, line, input, label });

describe('findConflictingLabels', () => {
  it('reports inputs that carry different labels, with each label and its count', () => {
    const data = [
      ex('a', 1, 'Great movie', 'pos'),
      ex('b', 2, 'bad', 'neg'),
      ex('c', 3, 'great  MOVIE', 'neg'),
      ex('d', 4, 'great movie', 'pos'),
      ex('e', 5, 'BAD', 'neg'),
      ex('f', 6, 'fine', 'pos'),
      ex('g', 7, 'fine'),
    ];
    const r = findConflictingLabels(data);
    expect(r.name).toBe('conflicting_labels');
    expect(r.findings).toEqual([
      {
        ids: ['a', 'c', 'd'],
        lines: [1, 3, 4],
        labels: [
          { label: 'pos', count: 2 },
          { label: 'neg', count: 1 },
        ],
      },
    ]);
    expect(r.figures).toEqual({ total: 6, count: 3, rate: 0.5, groups: 1 });
  });

  it('compares labels exactly: 1 and "1" differ, case matters', () => {
    const data = [ex('a', 1, 'x', 1), ex('b', 2, 'x', '1'), ex('c', 3, 'y', 'Spam'), ex('d', 4, 'y', 'spam'), ex('e', 5, 'z', 0), ex('f', 6, 'z', -0)];
    expect(findConflictingLabels(data).findings.map((f) => f.ids)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('compares multi-label targets as sets', () => {
    const data = [
      ex('a', 1, 'text one', ['x', 'y']),
      ex('b', 2, 'Text one', ['y', 'x', 'y']),
      ex('c', 3, 'text two', ['x']),
      ex('d', 4, 'text two', 'x'),
      ex('e', 5, 'text three', ['x']),
      ex('f', 6, 'text three', ['x', 'z']),
      ex('g', 7, 'text four', []),
      ex('h', 8, 'text four', ['a']),
    ];
    const r = findConflictingLabels(data);
    expect(r.findings).toEqual([
      { ids: ['e', 'f'], lines: [5, 6], labels: [{ label: ['x'], count: 1 }, { label: ['x', 'z'], count: 1 }] },
      { ids: ['g', 'h'], lines: [7, 8], labels: [{ label: [], count: 1 }, { label: ['a'], count: 1 }] },
    ]);
  });

  it('is not fooled by labels containing separators', () => {
    const data = [ex('a', 1, 't', ['a\u0000sb']), ex('b', 2, 't', ['a', 'b']), ex('c', 3, 'u', ['a,b']), ex('d', 4, 'u', ['a', 'b'])];
    expect(findConflictingLabels(data).count).toBe(4);
  });

  it('finds a conflict exactly when an input group has two label values (property)', () => {
    const row = fc.tuple(fc.constantFrom('p', 'P', 'q', 'r '), fc.constantFrom<Label>('a', 'b', 1));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const data = rows.map(([t, l], i) => ex(`r${i}`, i + 1, t, l));
        const byInput = new Map<string, Set<Label>>();
        for (const [t, l] of rows) {
          const key = t.trim().toLowerCase();
          byInput.set(key, (byInput.get(key) ?? new Set()).add(l));
        }
        let expected = 0;
        for (const [t] of rows) if (byInput.get(t.trim().toLowerCase())!.size > 1) expected++;
        expect(findConflictingLabels(data).count).toBe(expected);
      }),
    );
  });
});
