import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kFold } from '../../src/cv/kFold.js';
import { RandomState } from '../../src/cv/randomState.js';
import { casesFor, expectCase, fixture, partitionProblem } from './splitFixture.js';

describe('kFold against scikit-learn KFold', () => {
  it('records the reference version', () => {
    expect(fixture.reference).toMatch(/^scikit-learn 1\.9\.1, numpy 2\.4\.6/);
  });
  for (const c of casesFor('kFold')) it(c.name, () => expectCase(c));
});

describe('kFold properties', () => {
  const args = fc.integer({ min: 2, max: 12 }).chain((k) =>
    fc.record({ k: fc.constant(k), n: fc.integer({ min: k, max: 300 }), seed: fc.option(fc.nat({ max: 2 ** 32 - 1 })) }));

  it('test sets partition 0..n-1 in k blocks of ⌊n/k⌋ or ⌈n/k⌉, train = complement', () => {
    fc.assert(fc.property(args, ({ k, n, seed }) => {
      const res = kFold(n, seed === null ? { folds: k } : { folds: k, shuffle: true, seed });
      expect(partitionProblem(res, n, k)).toBe('');
      res.folds.forEach((f, i) => expect(f.test.length).toBe(Math.floor(n / k) + (i < n % k ? 1 : 0)));
    }));
  });

  it('without shuffle each test set is a contiguous run, in order', () => {
    fc.assert(fc.property(args, ({ k, n }) => {
      let next = 0;
      for (const f of kFold(n, { folds: k }).folds) {
        for (const j of f.test) expect(j).toBe(next++);
      }
      expect(next).toBe(n);
    }));
  });

  it('an integer seed is the same as a fresh RandomState(seed); a shared RandomState keeps drawing', () => {
    const a = kFold(50, { folds: 4, shuffle: true, seed: 9 });
    const b = kFold(50, { folds: 4, shuffle: true, seed: new RandomState(9) });
    expect(b).toEqual(a);
    const rng = new RandomState(9);
    kFold(50, { folds: 4, shuffle: true, seed: rng });
    expect(kFold(50, { folds: 4, shuffle: true, seed: rng })).not.toEqual(a);
  });
});

describe('kFold edge cases', () => {
  it('defaults to 5 folds and returns no warnings', () => {
    const res = kFold(10);
    expect(res.folds.map((f) => Array.from(f.test))).toEqual([[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]]);
    expect(res.warnings).toEqual([]);
  });
  it('refuses to shuffle without a seed (there is no global random state)', () => {
    expect(() => kFold(10, { folds: 2, shuffle: true })).toThrow(/needs a seed/);
  });
  it('rejects a bad n and a bad seed', () => {
    expect(() => kFold(-1, { folds: 2 })).toThrow(/non-negative integer/);
    expect(() => kFold(2.5, { folds: 2 })).toThrow(/non-negative integer/);
    expect(() => kFold(10, { folds: 2, shuffle: true, seed: -1 })).toThrow(/Seed must be/);
  });
  it('splits n = k into singletons', () => {
    const res = kFold(3, { folds: 3, shuffle: true, seed: 0 });
    expect(res.folds.map((f) => f.test.length)).toEqual([1, 1, 1]);
  });
});
