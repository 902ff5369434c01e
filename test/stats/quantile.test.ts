import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../src/stats/quantile.js';

// Fixtures: numpy 2.4.6 np.quantile(a, q) with the default method 'linear'.
const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));

describe('quantileSorted', () => {
  it('matches np.quantile bit for bit (8 samples × 17 levels)', () => {
    for (const c of fx.quantile) {
      const sorted = Float64Array.from(c.sorted);
      c.q.forEach((q: number, i: number) => {
        expect(quantileSorted(sorted, q), `n=${sorted.length} q=${q}`).toBe(c.values[i]);
        expect(quantileSorted(c.sorted, q)).toBe(c.values[i]);
      });
    }
  });

  it('is monotone in q, between min and max, and hits both ends', () => {
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 })
      .map((a) => Float64Array.from(a).sort());
    fc.assert(fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (s, q1, q2) => {
      const [lo, hi] = q1 <= q2 ? [q1, q2] : [q2, q1];
      expect(quantileSorted(s, lo)).toBeLessThanOrEqual(quantileSorted(s, hi));
      expect(quantileSorted(s, lo)).toBeGreaterThanOrEqual(s[0]);
      expect(quantileSorted(s, hi)).toBeLessThanOrEqual(s[s.length - 1]);
      // Numeric equality: with -0 and +0 at the ends, numpy's linear interpolation gives +0 as well.
      expect(quantileSorted(s, 0) === s[0], `q=0 of [${[...s].join(', ')}]`).toBe(true);
      expect(quantileSorted(s, 1) === s[s.length - 1], `q=1 of [${[...s].join(', ')}]`).toBe(true);
    }));
  });

  it('interpolates linearly between order statistics', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([10, 20], 0.5)).toBe(15);
    expect(quantileSorted([7], 0.3)).toBe(7);
  });

  it('rejects an empty sample and q outside [0, 1]', () => {
    expect(() => quantileSorted([], 0.5)).toThrow('quantileSorted: the sample is empty');
    expect(() => quantileSorted([1], 1.5)).toThrow('Quantiles must be in the range [0, 1] (got 1.5)');
    expect(() => quantileSorted([1], NaN)).toThrow(/Quantiles must be in the range/);
  });
});
