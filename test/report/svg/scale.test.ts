import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linearScale, niceTicks, tickLabel } from '../../../src/report/svg/scale.js';

describe('linearScale', () => {
  it('maps the ends of the domain onto the ends of the range, reversed ranges included', () => {
    const s = linearScale([0, 1], [248, 12]);
    expect([s(0), s(1), s(0.5)]).toEqual([248, 12, 130]);
    expect(linearScale([2, 2], [0, 10])(5)).toBe(5);
  });
  it('is monotone', () => {
    fc.assert(fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (a, b) => {
      const s = linearScale([-1e3, 1e3], [0, 500]);
      return a <= b ? s(a) <= s(b) : s(a) >= s(b);
    }));
  });
});

describe('niceTicks', () => {
  it('gives round steps covering the interval', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.81, 0.97, 6)).toEqual([0.85, 0.9, 0.95]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(niceTicks(0, Infinity)).toEqual([]);
  });
  it('stays inside [lo, hi], evenly spaced, at most about twice the asked count', () => {
    fc.assert(fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 1e-6, max: 100, noNaN: true }), (lo, width) => {
      const ticks = niceTicks(lo, lo + width, 5);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(11);
      for (const t of ticks) expect(t >= lo - width * 1e-6 && t <= lo + width + width * 1e-6).toBe(true);
      for (let i = 2; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1]).toBeCloseTo(ticks[1] - ticks[0], 6);
    }));
  });
  it('labels ticks briefly', () => {
    expect([tickLabel(1), tickLabel(0.25), tickLabel(0.30000000000000004)]).toEqual(['1', '0.25', '0.3']);
  });
});
