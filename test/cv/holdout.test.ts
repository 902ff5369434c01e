import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdout } from '../../src/cv/holdout.js';
import { RandomState } from '../../src/cv/randomState.js';
import { casesFor, expectCase } from './splitFixture.js';

describe('holdout against scikit-learn train_test_split', () => {
  for (const c of casesFor('holdout')) it(c.name, () => expectCase(c));
});

/** Train and test are disjoint, within 0..n−1, of the expected sizes. */
function disjointProblem(train: Uint32Array, test: Uint32Array, n: number): string {
  const seen = new Uint8Array(n);
  for (const j of [...train, ...test]) {
    if (j >= n) return `index ${j} out of range`;
    if (seen[j]++) return `index ${j} twice`;
  }
  return '';
}

describe('holdout properties', () => {
  const args = fc.record({
    n: fc.integer({ min: 2, max: 400 }),
    frac: fc.double({ min: 0.01, max: 0.99, noNaN: true }).filter((f) => !Number.isInteger(f)),
    seed: fc.nat({ max: 2 ** 32 - 1 }),
  }).filter(({ n, frac }) => Math.ceil(frac * n) < n);

  it('splits into ⌈f·n⌉ test and n − ⌈f·n⌉ train indices, disjoint', () => {
    fc.assert(fc.property(args, ({ n, frac, seed }) => {
      const [fold] = holdout(n, { testSize: frac, seed }).folds;
      expect(fold.test.length).toBe(Math.ceil(frac * n));
      expect(fold.train.length).toBe(n - Math.ceil(frac * n));
      expect(disjointProblem(fold.train, fold.test, n)).toBe('');
    }));
  });

  it('stratified: per class, train and test counts are within one of the ideal share', () => {
    fc.assert(fc.property(args, fc.integer({ min: 2, max: 5 }), ({ n, frac, seed }, classes) => {
      const y = Array.from({ length: n }, (_, i) => `c${(i * i + 3 * i) % classes}`);
      const counts = new Map<string, number>();
      for (const v of y) counts.set(v, (counts.get(v) ?? 0) + 1);
      const nTest = Math.ceil(frac * n);
      fc.pre(Math.min(...counts.values()) >= 2 && nTest >= counts.size && n - nTest >= counts.size);
      const [fold] = holdout(y, { testSize: frac, seed, stratify: true }).folds;
      expect(disjointProblem(fold.train, fold.test, n)).toBe('');
      expect(fold.test.length + fold.train.length).toBe(n);
      for (const [cls, cnt] of counts) {
        const inTest = Array.from(fold.test).filter((j) => y[j] === cls).length;
        expect(Math.abs(inTest - (cnt * nTest) / n)).toBeLessThan(1 + 1e-9);
      }
    }));
  });
});

describe('holdout edge cases', () => {
  it('keeps scikit-learn order: shuffled indices are not sorted', () => {
    const [fold] = holdout(10, { seed: 0 }).folds;
    const perm = Array.from(new RandomState(0).permutation(10));
    expect(Array.from(fold.test)).toEqual(perm.slice(0, 3));
    expect(Array.from(fold.train)).toEqual(perm.slice(3));
  });
  it('needs a seed to shuffle and labels to stratify', () => {
    expect(() => holdout(10, {})).toThrow(/needs a seed/);
    expect(() => holdout(10, { stratify: true, seed: 0 })).toThrow(/stratify needs the labels/);
  });
  it('rejects NaN labels when stratifying, with check_array\'s message', () => {
    expect(() => holdout([0, 1, NaN, 1, 0, 0], { testSize: 2, stratify: true, seed: 0 })).toThrow('Input y contains NaN.');
  });
  it('quotes sizes as Python prints them', () => {
    expect(() => holdout(10, { testSize: 1e-5, trainSize: 0.99999 + 0.1, seed: 0 }))
      .toThrow("The 'train_size' parameter of train_test_split must be a float in the range (0.0, 1.0), an int in the range [1, inf) or None. Got 1.09999 instead.");
    expect(() => holdout(10, { testSize: NaN, seed: 0 })).toThrow(/Got nan instead/);
  });
});
