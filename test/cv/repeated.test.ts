import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kFold } from '../../src/cv/kFold.js';
import { RandomState } from '../../src/cv/randomState.js';
import { repeatedKFold, repeatedStratifiedKFold } from '../../src/cv/repeated.js';
import { stratifiedKFold } from '../../src/cv/stratifiedKFold.js';
import { casesFor, expectCase, partitionProblem } from './splitFixture.js';

describe('repeatedKFold against scikit-learn RepeatedKFold', () => {
  for (const c of casesFor('repeatedKFold')) it(c.name, () => expectCase(c));
});

describe('repeatedStratifiedKFold against scikit-learn RepeatedStratifiedKFold', () => {
  for (const c of casesFor('repeatedStratifiedKFold')) it(c.name, () => expectCase(c));
});

describe('repeated splitters properties', () => {
  const args = fc.record({
    k: fc.integer({ min: 2, max: 6 }),
    extra: fc.integer({ min: 0, max: 80 }),
    repeats: fc.integer({ min: 1, max: 4 }),
    seed: fc.nat({ max: 2 ** 32 - 1 }),
  });

  it('every repetition partitions 0..n-1 and continues one generator', () => {
    fc.assert(fc.property(args, ({ k, extra, repeats, seed }) => {
      const n = k + extra;
      const res = repeatedKFold(n, { folds: k, repeats, seed });
      expect(res.folds.length).toBe(k * repeats);
      const rng = new RandomState(seed);
      for (let r = 0; r < repeats; r++) {
        const part = { folds: res.folds.slice(r * k, (r + 1) * k), warnings: [] };
        expect(partitionProblem(part, n, k)).toBe('');
        expect(part).toEqual(kFold(n, { folds: k, shuffle: true, seed: rng }));
      }
    }));
  });

  it('stratified repetitions equal stratifiedKFold runs on one generator', () => {
    fc.assert(fc.property(args, ({ k, extra, repeats, seed }) => {
      const y = Array.from({ length: 3 * k + extra }, (_, i) => (i * 7) % 3);
      const res = repeatedStratifiedKFold(y, { folds: k, repeats, seed });
      const rng = new RandomState(seed);
      for (let r = 0; r < repeats; r++) {
        expect(res.folds.slice(r * k, (r + 1) * k)).toEqual(stratifiedKFold(y, { folds: k, shuffle: true, seed: rng }).folds);
      }
    }));
  });
});

describe('repeated splitters edge cases', () => {
  it('default to 5 folds × 10 repeats', () => {
    expect(repeatedKFold(20, { seed: 1 }).folds.length).toBe(50);
  });
  it('need a seed', () => {
    expect(() => repeatedKFold(20, {} as never)).toThrow(/needs a seed/);
    expect(() => repeatedStratifiedKFold([0, 1, 0, 1], {} as never)).toThrow(/needs a seed/);
  });
  it('report the least-populated-class warning once', () => {
    const res = repeatedStratifiedKFold([0, 0, 0, 1, 1, 0], { folds: 3, repeats: 4, seed: 0 });
    expect(res.warnings).toEqual([{
      code: 'least-populated-class',
      message: 'The least populated class in y has only 2 members, which is less than n_splits=3.',
    }]);
  });
});
