import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/models/http/backoffDelay.js';

describe('backoffDelay', () => {
  it('doubles the ceiling per retry up to the cap, scaled by the draw', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => backoffDelay(r, 250, 10_000, () => 0.5))).toEqual([125, 250, 500, 1000, 2000, 4000, 5000]);
    expect(backoffDelay(0, 250, 10_000, () => 0)).toBe(0);
    expect(backoffDelay(1000, 250, 10_000, () => 0.999)).toBe(9990);
  });

  it('stays in [0, min(cap, base·2^retry)) (property)', () => {
    fc.assert(
      fc.property(fc.nat(80), fc.nat(5000), fc.nat(100_000), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, base, cap, u) => {
        const d = backoffDelay(retry, base, cap, () => u);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.max(0, Math.min(cap, base * 2 ** retry)));
        expect(Number.isInteger(d)).toBe(true);
      }),
    );
  });
});
