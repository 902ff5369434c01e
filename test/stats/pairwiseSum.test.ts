import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseSum } from '../../src/stats/pairwiseSum.js';

describe('pairwiseSum (numpy summation order)', () => {
  it('sums short arrays left to right', () => {
    expect(pairwiseSum([0.1, 0.2, 0.3])).toBe(0.6000000000000001);
    expect(pairwiseSum([])).toBe(0);
  });

  it('uses eight accumulators from 8 elements on', () => {
    // A left-to-right sum loses every 1 added to 1e16 (giving 1); numpy gives 7.0 for this array.
    const xs = [1e16, 1, 1, 1, 1, 1, 1, 1, -1e16, 1];
    let sequential = 0;
    for (const x of xs) sequential += x;
    expect(sequential).toBe(1);
    expect(pairwiseSum(xs)).toBe(7);
  });

  it('is exact for integer data and honours start/length (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 600 }), fc.nat(50), (xs, start) => {
        const s = Math.min(start, xs.length);
        expect(pairwiseSum(xs, s)).toBe(xs.slice(s).reduce((a, b) => a + b, 0));
      }),
    );
  });
});
