import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendingOrder } from '../../src/metrics/scoreSort.js';

/** Reference: a stable comparison sort, larger scores first, -0 tied with 0. */
function reference(scores: Float64Array, subset?: number[]): number[] {
  const idx = subset ?? Array.from(scores, (_, i) => i);
  return [...idx].sort((a, b) => (scores[b] > scores[a] ? 1 : scores[b] < scores[a] ? -1 : 0));
}

describe('descendingOrder', () => {
  it('orders descending and keeps ties in their original order', () => {
    expect(Array.from(descendingOrder(Float64Array.of(0.2, 0.9, 0.2)))).toEqual([1, 0, 2]);
  });

  const value = fc.oneof(
    fc.integer({ min: -5, max: 5 }).map((v) => v / 2),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(-0, 0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE),
  );

  it('matches a stable comparison sort on the radix path (> 1024 values)', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1025, maxLength: 3000 }), (vals) => {
        const s = Float64Array.from(vals);
        expect(Array.from(descendingOrder(s))).toEqual(reference(s));
      }),
      { numRuns: 30 },
    );
  });

  it('matches a stable comparison sort on the small path and on subsets', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 200 }), fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (vals, keep) => {
        const s = Float64Array.from(vals);
        expect(Array.from(descendingOrder(s))).toEqual(reference(s));
        const subset = vals.map((_, i) => i).filter((i) => keep[i]);
        expect(Array.from(descendingOrder(s, Uint32Array.from(subset)))).toEqual(reference(s, subset));
      }),
    );
  });

  it('sorts a large subset with the radix path', () => {
    const s = Float64Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 101) - 50);
    const subset = Array.from({ length: 2500 }, (_, i) => 2 * i);
    expect(Array.from(descendingOrder(s, Uint32Array.from(subset)))).toEqual(reference(s, subset));
  });
});
