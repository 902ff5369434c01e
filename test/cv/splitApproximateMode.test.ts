import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RandomState } from '../../src/cv/randomState.js';
import { approximateMode } from '../../src/cv/splitApproximateMode.js';

describe('approximateMode', () => {
  // The examples of sklearn.utils.extmath._approximate_mode's docstring (scikit-learn 1.9.1).
  it.each([
    [[4, 2], 3, 0, [2, 1]],
    [[5, 2], 4, 0, [3, 1]],
    [[2, 2, 2, 1], 2, 0, [0, 1, 1, 0]],
    [[2, 2, 2, 1], 2, 42, [1, 1, 0, 0]],
  ])('counts %j, %i draws, rng %i → %j', (counts, draws, seed, want) => {
    expect(Array.from(approximateMode(counts, draws, new RandomState(seed)))).toEqual(want);
  });

  it('sums to the draws and stays within one of counts·draws/total', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 }), fc.nat(), fc.nat({ max: 1000 }),
      (counts, seed, d) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const draws = d % (total + 1);
        const got = approximateMode(counts, draws, new RandomState(seed));
        expect(got.reduce((a, b) => a + b, 0)).toBe(draws);
        got.forEach((g, c) => expect(Math.abs(g - (counts[c] * draws) / total)).toBeLessThan(1));
      }));
  });
});
