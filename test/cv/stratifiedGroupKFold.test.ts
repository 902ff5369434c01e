import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stratifiedGroupKFold } from '../../src/cv/stratifiedGroupKFold.js';
import { stratifiedKFold } from '../../src/cv/stratifiedKFold.js';
import { casesFor, expectCase, partitionProblem, splitGroup } from './splitFixture.js';

describe('stratifiedGroupKFold against scikit-learn StratifiedGroupKFold', () => {
  for (const c of casesFor('stratifiedGroupKFold')) it(c.name, () => expectCase(c));
});

const data = fc.integer({ min: 2, max: 5 }).chain((k) =>
  fc.integer({ min: k, max: 150 }).chain((n) =>
    fc.record({
      k: fc.constant(k),
      y: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      groups: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }),
      seed: fc.option(fc.nat({ max: 2 ** 32 - 1 })),
    }))).filter(({ k, y, groups }) => {
  if (new Set(groups).size < k) return false;
  const counts = new Map<number, number>();
  for (const v of y) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Math.max(...counts.values()) >= k;
});

describe('stratifiedGroupKFold properties', () => {
  it('never splits a group; test sets partition 0..n-1; train = complement', () => {
    fc.assert(fc.property(data, ({ k, y, groups, seed }) => {
      const res = stratifiedGroupKFold(y, groups, seed === null ? { folds: k } : { folds: k, shuffle: true, seed });
      expect(partitionProblem(res, y.length, k)).toBe('');
      expect(splitGroup(res, groups)).toBe('');
    }), { numRuns: 60 });
  });

  it('with one sample per group it partitions and warns like stratifiedKFold', () => {
    fc.assert(fc.property(data, ({ k, y }) => {
      const groups = y.map((_, i) => i);
      const res = stratifiedGroupKFold(y, groups, { folds: k });
      expect(partitionProblem(res, y.length, k)).toBe('');
      expect(res.warnings).toEqual(stratifiedKFold(y, { folds: k }).warnings);
    }), { numRuns: 40 });
  });
});

describe('stratifiedGroupKFold edge cases', () => {
  it('requires y and groups of one length', () => {
    expect(() => stratifiedGroupKFold([0, 1, 0], [1, 2], { folds: 2 }))
      .toThrow('Found input variables with inconsistent numbers of samples: [3, 2]');
  });
  it('NaN labels throw type_of_target\'s message; NaN groups are one group, as np.unique', () => {
    expect(() => stratifiedGroupKFold([0, NaN, 1, 1], [1, 2, 3, 4], { folds: 2 })).toThrow('Input contains NaN.');
    const res = stratifiedGroupKFold([0, 1, 0, 1], [NaN, 1, NaN, 2], { folds: 2 });
    expect(res.folds.map((f) => Array.from(f.test))).toEqual([[0, 2, 3], [1]]);
  });
});
