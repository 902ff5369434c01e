import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile, twoSidedZ } from '../../src/stats/normalQuantile.js';

// Fixtures: scipy 1.17.1 scipy.special.ndtri and scipy.stats.norm.isf (scripts/fixtures/random_state.py).
const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));
const num = (v: number | string): number => (typeof v === 'string' ? Number(v) : v);

describe('normalQuantile', () => {
  it('matches scipy.special.ndtri within 1e-15 relative (232 points, tails included)', () => {
    let exact = 0;
    for (const c of fx.normalQuantile) {
      const p = num(c.p);
      const want = num(c.ndtri);
      const got = normalQuantile(p);
      if (got === want) exact++;
      else expect(Math.abs(got - want) / Math.abs(want), `p=${p}`).toBeLessThan(1e-15);
    }
    // the same Cephes algorithm: nearly all bit-identical (log/exp may differ by an ulp in the tails)
    expect(exact).toBeGreaterThan(fx.normalQuantile.length * 0.95);
  });

  it('twoSidedZ(c) equals scipy norm.isf((1 - c)/2)', () => {
    for (const c of fx.normalQuantile) {
      const p = num(c.p);
      if (!(p > 0 && p < 0.5)) continue;
      const conf = 1 - 2 * p;
      if ((1 - conf) / 2 !== p) continue; // only where the round trip is exact
      const want = num(c.isf);
      expect(Math.abs(twoSidedZ(conf) - want) / want, `p=${p}`).toBeLessThan(1e-15);
    }
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959963984540054, 14);
  });

  it('is odd-symmetric and increasing', () => {
    fc.assert(fc.property(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }), (p, r) => {
      // 1 − p is exact only when p is not tiny; below 1e-9 the reflection loses the digits
      if (p >= 1e-9) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 5);
      else expect(normalQuantile(p)).toBeLessThan(-5.9);
      const a = Math.min(p, r);
      const b = Math.max(p, r);
      expect(normalQuantile(a)).toBeLessThanOrEqual(normalQuantile(b));
    }));
  });

  it('edges: 0 → -Infinity, 1 → Infinity, outside [0,1] or NaN → NaN', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });

  it('twoSidedZ rejects confidences outside (0, 1)', () => {
    expect(() => twoSidedZ(1)).toThrow('confidence must be strictly between 0 and 1 (got 1)');
    expect(() => twoSidedZ(0)).toThrow(/confidence/);
    expect(() => twoSidedZ(NaN)).toThrow(/confidence/);
  });
});
