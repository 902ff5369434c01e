import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/wilson.js';

// Fixtures: statsmodels 0.15.0 proportion_confint(x, n, alpha=1 - confidence, method='wilson').
const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));

describe('wilsonInterval', () => {
  it('matches statsmodels bit for bit (70 cases, 5 confidence levels), except the exact 0/1 ends', () => {
    expect(fx.wilson.length).toBe(70);
    let roundedEnds = 0;
    for (const c of fx.wilson) {
      const w = wilsonInterval(c.successes, c.n, { confidence: c.confidence });
      const msg = JSON.stringify(c);
      expect(w.estimate).toBe(c.successes / c.n);
      // x = 0 → low exactly 0 and x = n → high exactly 1, where statsmodels may be off by rounding
      if (c.successes === 0) expect(w.low, msg).toBe(0);
      if (c.successes === c.n) expect(w.high, msg).toBe(1);
      if (c.successes === 0 && c.low !== 0) roundedEnds++;
      if (c.successes === c.n && c.high !== 1) roundedEnds++;
      expect(Math.abs(w.low - c.low), msg).toBeLessThan(c.successes === 0 ? 1e-15 : Number.MIN_VALUE);
      expect(Math.abs(w.high - c.high), msg).toBeLessThan(c.successes === c.n ? 1e-15 : Number.MIN_VALUE);
    }
    expect(roundedEnds).toBeLessThan(10);
  });

  it('defaults to 95% confidence', () => {
    expect(wilsonInterval(3, 10)).toEqual(wilsonInterval(3, 10, { confidence: 0.95 }));
  });

  const case_ = fc.integer({ min: 1, max: 1_000_000 }).chain((n) =>
    fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n), fc.double({ min: 0.5, max: 0.999, noNaN: true })));

  it('contains the estimate and lies in [0, 1]', () => {
    fc.assert(fc.property(case_, ([x, n, confidence]) => {
      const w = wilsonInterval(x, n, { confidence });
      expect(w.low).toBeGreaterThanOrEqual(0);
      expect(w.high).toBeLessThanOrEqual(1);
      expect(w.low).toBeLessThanOrEqual(w.estimate);
      expect(w.estimate).toBeLessThanOrEqual(w.high);
    }));
  });

  it('narrows as n grows at a fixed proportion, and widens with the confidence', () => {
    fc.assert(fc.property(case_, fc.integer({ min: 2, max: 50 }), ([x, n, confidence], k) => {
      const small = wilsonInterval(x, n, { confidence });
      const large = wilsonInterval(k * x, k * n, { confidence });
      expect(large.high - large.low).toBeLessThan(small.high - small.low);
      const wider = wilsonInterval(x, n, { confidence: (1 + confidence) / 2 });
      expect(wider.high - wider.low).toBeGreaterThan(small.high - small.low);
    }));
  });

  it('n = 0 gives a NaN estimate and the uninformative interval [0, 1]', () => {
    expect(wilsonInterval(0, 0)).toEqual({ estimate: NaN, low: 0, high: 1 });
  });

  it('rejects invalid counts and confidence', () => {
    expect(() => wilsonInterval(11, 10)).toThrow('successes must be between 0 and n=10 (got 11)');
    expect(() => wilsonInterval(-1, 10)).toThrow(/successes must be between/);
    expect(() => wilsonInterval(NaN, 10)).toThrow(/successes must be between/);
    expect(() => wilsonInterval(1, -1)).toThrow('n must be a non-negative finite number (got -1)');
    expect(() => wilsonInterval(1, Infinity)).toThrow(/n must be/);
    expect(() => wilsonInterval(1, 10, { confidence: 1.5 })).toThrow(/confidence must be strictly between 0 and 1/);
  });
});
