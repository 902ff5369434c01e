import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { stratifiedKFold } from '../../src/cv/stratifiedKFold.js';
import type { Label } from '../../src/cv/splitTypes.js';
import { casesFor, expectCase, partitionProblem, testFoldOf } from './splitFixture.js';

describe('stratifiedKFold against scikit-learn StratifiedKFold', () => {
  for (const c of casesFor('stratifiedKFold')) it(c.name, () => expectCase(c));
});

// Labels drawn from a few classes, some of which may be rare; at least k members in the largest class.
const labelled = fc.integer({ min: 2, max: 8 }).chain((k) =>
  fc.record({
    k: fc.constant(k),
    y: fc.array(fc.constantFrom<Label>('a', 'b', 'c', 'seven', 'd'), { minLength: k, maxLength: 250 }),
    seed: fc.option(fc.nat({ max: 2 ** 32 - 1 })),
  })).filter(({ k, y }) => {
  const counts = new Map<Label, number>();
  for (const v of y) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Math.max(...counts.values()) >= k;
});

describe('stratifiedKFold properties', () => {
  it('test sets partition 0..n-1 and train = complement', () => {
    fc.assert(fc.property(labelled, ({ k, y, seed }) => {
      const res = stratifiedKFold(y, seed === null ? { folds: k } : { folds: k, shuffle: true, seed });
      expect(partitionProblem(res, y.length, k)).toBe('');
    }));
  });

  it('each class count per test fold is within one of the ideal count / k', () => {
    fc.assert(fc.property(labelled, ({ k, y, seed }) => {
      const res = stratifiedKFold(y, seed === null ? { folds: k } : { folds: k, shuffle: true, seed });
      const fold = testFoldOf(res, y.length);
      const total = new Map<Label, number>();
      const perFold = new Map<string, number>();
      y.forEach((v, i) => {
        total.set(v, (total.get(v) ?? 0) + 1);
        perFold.set(`${v}|${fold[i]}`, (perFold.get(`${v}|${fold[i]}`) ?? 0) + 1);
      });
      for (const [cls, cnt] of total) {
        for (let f = 0; f < k; f++) {
          const got = perFold.get(`${cls}|${f}`) ?? 0;
          expect(Math.abs(got - cnt / k)).toBeLessThan(1);
        }
      }
    }));
  });

  it('warns exactly when the smallest class is below k', () => {
    fc.assert(fc.property(labelled, ({ k, y }) => {
      const counts = new Map<Label, number>();
      for (const v of y) counts.set(v, (counts.get(v) ?? 0) + 1);
      const min = Math.min(...counts.values());
      const { warnings } = stratifiedKFold(y, { folds: k });
      expect(warnings.length).toBe(min < k ? 1 : 0);
    }));
  });

  it('does not depend on how classes are named, only on first appearance', () => {
    fc.assert(fc.property(labelled, ({ k, y, seed }) => {
      const renamed = y.map((v) => ({ a: 30, b: 10, c: -2, seven: 0, d: 5 })[v as string]!);
      const opts = seed === null ? { folds: k } : { folds: k, shuffle: true, seed };
      expect(stratifiedKFold(renamed, opts)).toEqual(stratifiedKFold(y, opts));
    }));
  });
});

describe('stratifiedKFold edge cases', () => {
  it('throws for strings mixed with numbers and for non-labels', () => {
    expect(() => stratifiedKFold(['a', 1, 'a', 1], { folds: 2 })).toThrow('Mix of label input types (string and number)');
    expect(() => stratifiedKFold([null as unknown as Label, 1], { folds: 2 })).toThrow(/strings or numbers/);
  });
  it('refuses to shuffle without a seed', () => {
    expect(() => stratifiedKFold([0, 1, 0, 1], { folds: 2, shuffle: true })).toThrow(/needs a seed/);
  });
  it('treats -0 and 0 as one class', () => {
    const res = stratifiedKFold([0, -0, 0, 1, 1, 1], { folds: 3 });
    expect(res.warnings).toEqual([]);
    expect(res.folds.map((f) => Array.from(f.test))).toEqual([[0, 3], [1, 4], [2, 5]]);
  });
  it('a shared RandomState continues between calls', () => {
    const y = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1];
    const rng = new RandomState(3);
    const first = stratifiedKFold(y, { folds: 2, shuffle: true, seed: rng });
    expect(first).toEqual(stratifiedKFold(y, { folds: 2, shuffle: true, seed: 3 }));
    const draws = new RandomState(3);
    draws.shuffle(new Int32Array(5));
    draws.shuffle(new Int32Array(5));
    expect(rng.getState()).toEqual(draws.getState());
  });
});
