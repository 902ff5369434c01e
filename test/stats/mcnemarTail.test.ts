import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { mcnemar } from '../../src/stats/mcnemar.js';
import { chiSquare1Sf } from '../../src/stats/chiSquare1Sf.js';

// Reference: statsmodels 0.15.0 mcnemar, scipy 1.17.1 chi2.sf (scripts/fixtures/issue17.py).
const fx = JSON.parse(readFileSync('test/fixtures/issue17.json', 'utf8')).cases;

describe('McNemar chi-square p from the survival function (issue 17, item 8)', () => {
  it('b = 1000, c = 2000 gives statsmodels\' 2.5e-74, not 0', () => {
    const m = fx.mcnemar_chi2;
    const corrected = mcnemar(m.b, m.c, { exact: false });
    expect(corrected.statistic).toBeCloseTo(m.corrected.statistic, 9);
    expect(corrected.pvalue / m.corrected.pvalue).toBeCloseTo(1, 10);
    const plain = mcnemar(m.b, m.c, { exact: false, correction: false });
    expect(plain.pvalue / m.uncorrected.pvalue).toBeCloseTo(1, 10);
  });

  it.each(fx.chi2_sf as [number, number][])('chi2.sf(%d, 1)', (x, p) => {
    expect(chiSquare1Sf(x) / p).toBeCloseTo(1, 11);
  });

  it('decreases from 1 and stays in [0, 1] (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 0, max: 2000, noNaN: true }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const pLo = chiSquare1Sf(lo);
      const pHi = chiSquare1Sf(hi);
      expect(pLo).toBeLessThanOrEqual(1);
      expect(pHi).toBeGreaterThanOrEqual(0);
      expect(pHi).toBeLessThanOrEqual(pLo * (1 + 1e-12));
    }));
  });
});
