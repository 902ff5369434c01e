import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupKFold } from '../../src/cv/groupKFold.js';
import { casesFor, expectCase, partitionProblem, splitGroup } from './splitFixture.js';

describe('groupKFold against scikit-learn GroupKFold', () => {
  for (const c of casesFor('groupKFold')) it(c.name, () => expectCase(c));
});

const grouped = fc.integer({ min: 2, max: 6 }).chain((k) =>
  fc.record({
    k: fc.constant(k),
    groups: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: k, maxLength: 200 }),
    seed: fc.option(fc.nat({ max: 2 ** 32 - 1 })),
  })).filter(({ k, groups }) => new Set(groups).size >= k);

describe('groupKFold properties', () => {
  it('never splits a group; test sets partition 0..n-1; train = complement', () => {
    fc.assert(fc.property(grouped, ({ k, groups, seed }) => {
      const res = groupKFold(groups, seed === null ? { folds: k } : { folds: k, shuffle: true, seed });
      expect(partitionProblem(res, groups.length, k)).toBe('');
      expect(splitGroup(res, groups)).toBe('');
    }));
  });

  it('without shuffle the fold sizes are balanced greedily: no fold exceeds the smallest by more than the largest group', () => {
    fc.assert(fc.property(grouped, ({ k, groups }) => {
      const sizes = groupKFold(groups, { folds: k }).folds.map((f) => f.test.length);
      const counts = new Map<number, number>();
      for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(Math.max(...counts.values()));
    }));
  });

  it('shuffled folds hold ⌊G/k⌋ or ⌈G/k⌉ groups', () => {
    fc.assert(fc.property(grouped, ({ k, groups, seed }) => {
      const res = groupKFold(groups, { folds: k, shuffle: true, seed: seed ?? 0 });
      const G = new Set(groups).size;
      res.folds.forEach((f, i) => {
        expect(new Set(Array.from(f.test, (j) => groups[j])).size).toBe(Math.floor(G / k) + (i < G % k ? 1 : 0));
      });
    }));
  });
});

describe('groupKFold edge cases', () => {
  it('orders string groups by code point, as np.unique', () => {
    // Equal sizes: the later group in sorted order goes first, into fold 0.
    const res = groupKFold(['b', 'a', 'B', 'b', 'a', 'B'], { folds: 3 });
    expect(res.folds.map((f) => Array.from(f.test))).toEqual([[0, 3], [1, 4], [2, 5]]);
  });
  it('throws for mixed group types and shuffling without a seed', () => {
    expect(() => groupKFold(['a', 1, 'b'], { folds: 2 })).toThrow('Mix of label input types (string and number)');
    expect(() => groupKFold([1, 2, 3], { folds: 2, shuffle: true })).toThrow(/needs a seed/);
    expect(() => groupKFold([1, Infinity, 3], { folds: 2 })).toThrow("Input groups contains infinity or a value too large for dtype('float64').");
  });
});
