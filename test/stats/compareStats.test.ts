import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { mcnemar } from '../../src/stats/mcnemar.js';
import { holm } from '../../src/stats/holm.js';
import { benjaminiHochberg } from '../../src/stats/benjaminiHochberg.js';
import { correctedTTest } from '../../src/stats/correctedTTest.js';
import { pairedBootstrapCells, pairedBootstrapRows } from '../../src/stats/pairedBootstrap.js';
import { pairedCells, splitPairedCells } from '../../src/stats/pairedCells.js';

// Fixtures: scripts/fixtures/compare.py (statsmodels 0.15.0, scipy 1.17.1, numpy 2.4.6, scikit-learn 1.9.1).
const fx = JSON.parse(readFileSync(new URL('../fixtures/compare.json', import.meta.url), 'utf8'));
const num = (v: unknown): number => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : (v as number));
const close = (actual: number, expected: number, rtol = 1e-12, atol = 1e-14) => {
  if (Number.isNaN(expected)) return expect(actual).toBeNaN();
  if (!Number.isFinite(expected)) return expect(actual).toBe(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(atol + rtol * Math.abs(expected));
};

describe('mcnemar (statsmodels 0.15 fixtures)', () => {
  for (const c of fx.mcnemar) it(`b=${c.b} c=${c.c} exact=${c.exact} correction=${c.correction}`, () => {
    const r = mcnemar(c.b, c.c, { exact: c.exact, correction: c.correction });
    close(r.statistic, num(c.statistic));
    close(r.pvalue, num(c.pvalue), 1e-10, 1e-13);
  });
  it('is symmetric in b and c and never above 1', () => {
    fc.assert(fc.property(fc.nat(500), fc.nat(500), (b, c) => {
      const x = mcnemar(b, c).pvalue;
      expect(x).toBe(mcnemar(c, b).pvalue);
      expect(x).toBeLessThanOrEqual(1);
      expect(x).toBeGreaterThan(0);
    }));
  });
  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemar(-1, 2)).toThrow(/b must be a non-negative integer/);
  });
});

describe('holm and benjaminiHochberg (statsmodels multipletests fixtures)', () => {
  for (const [i, c] of (fx.multipletests as Record<string, never>[]).entries()) it(`${c.method} #${i}`, () => {
    const r = (c.method === 'holm' ? holm : benjaminiHochberg)(c.pvalues, c.alpha);
    expect(r.reject).toEqual(c.reject);
    r.adjusted.forEach((p: number, i: number) => close(p, c.adjusted[i], 1e-12, 1e-15));
  });
  it('Holm never rejects more than Benjamini–Hochberg, and adjusted p-values are at least the raw ones', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (p) => {
      const h = holm(p, 0.05);
      const b = benjaminiHochberg(p, 0.05);
      h.reject.forEach((r, i) => {
        if (r) expect(b.reject[i]).toBe(true);
        expect(h.adjusted[i]).toBeGreaterThanOrEqual(p[i]);
        expect(b.adjusted[i]).toBeGreaterThanOrEqual(p[i]);
      });
    }));
  });
});

describe('correctedTTest (scipy 1.17 fixtures)', () => {
  for (const [i, c] of (fx.corrected_ttest as Record<string, never>[]).entries()) it(`case ${i}`, () => {
    const r = correctedTTest(c.differences, c.n_train, c.n_test, c.confidence);
    close(r.statistic, c.statistic, 1e-12);
    expect(r.df).toBe(c.df);
    close(r.pvalue, c.pvalue, 1e-9, 1e-15);
    close(r.pLess, c.p_less, 1e-9, 1e-15);
    close(r.pGreater, c.p_greater, 1e-9, 1e-15);
    close(r.low, c.low, 1e-9);
    close(r.high, c.high, 1e-9);
  });
  it('needs two splits', () => {
    expect(() => correctedTTest([0.1], 10, 5)).toThrow(/at least 2 splits/);
  });
});

/** Macro F1 (zero_division 0) and accuracy of a row-major K×K matrix. */
function macroF1(k: number, c: Float64Array): number {
  let total = 0;
  for (let i = 0; i < k; i++) {
    let row = 0;
    let col = 0;
    for (let j = 0; j < k; j++) {
      row += c[i * k + j];
      col += c[j * k + i];
    }
    const denom = row + col;
    total += denom === 0 ? 0 : (2 * c[i * k + i]) / denom;
  }
  return total / k;
}
function accuracy(k: number, c: Float64Array): number {
  let t = 0;
  let n = 0;
  for (let i = 0; i < k * k; i++) n += c[i];
  for (let i = 0; i < k; i++) t += c[i * k + i];
  return t / n;
}

describe('paired bootstrap (numpy RandomState row resampling + scikit-learn f1_score)', () => {
  for (const c of fx.paired_bootstrap) {
    const k = c.k as number;
    const n = c.labels.length as number;
    it(`rows, seed ${c.seed}: the same resamples and percentiles as numpy`, () => {
      const cellsA = new Float64Array(k * k);
      const cellsB = new Float64Array(k * k);
      const r = pairedBootstrapRows(n, 2, (w, out) => {
        cellsA.fill(0);
        cellsB.fill(0);
        for (let i = 0; i < n; i++) {
          cellsA[c.labels[i] * k + c.baseline[i]] += w[i];
          cellsB[c.labels[i] * k + c.candidate[i]] += w[i];
        }
        out[0] = macroF1(k, cellsB) - macroF1(k, cellsA);
        out[1] = accuracy(k, cellsB) - accuracy(k, cellsA);
      }, { resamples: c.resamples, confidence: c.confidence, rng: new RandomState(c.seed) });
      r.forEach((x, j) => {
        const e = c.expected[j];
        close(x.estimate, e.estimate, 1e-12);
        close(x.low, e.low, 1e-9, 1e-12);
        close(x.high, e.high, 1e-9, 1e-12);
        expect(x.pNotGreater).toBeCloseTo(e.p_not_greater, 12);
        expect(x.pNotLess).toBeCloseTo(e.p_not_less, 12);
      });
    });
    it(`joint cells, seed ${c.seed}: the same distribution as row resampling (to Monte Carlo error)`, () => {
      const joint = pairedCells(c.labels, c.baseline, c.candidate, k);
      const a = new Float64Array(k * k);
      const b = new Float64Array(k * k);
      const r = pairedBootstrapCells(joint, 2, (cells, out) => {
        splitPairedCells(cells, k, a, b);
        out[0] = macroF1(k, b) - macroF1(k, a);
        out[1] = accuracy(k, b) - accuracy(k, a);
      }, { resamples: 10_000, confidence: c.confidence, rng: new RandomState(c.seed) });
      r.forEach((x, j) => {
        const e = c.expected[j];
        close(x.estimate, e.estimate, 1e-12);
        expect(Math.abs(x.low - e.low)).toBeLessThan(0.012);
        expect(Math.abs(x.high - e.high)).toBeLessThan(0.012);
        expect(Math.abs(x.pNotGreater - e.p_not_greater)).toBeLessThan(0.03);
      });
    });
  }

  it('identical models give δ = 0 in every resample (both p-values 1)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(2), fc.nat(2)), { minLength: 1, maxLength: 200 }), fc.nat(), (rows, seed) => {
      const y = rows.map((r) => r[0]);
      const p = rows.map((r) => r[1]);
      const joint = pairedCells(y, p, p, 3);
      const a = new Float64Array(9);
      const b = new Float64Array(9);
      const [r] = pairedBootstrapCells(joint, 1, (cells, out) => {
        splitPairedCells(cells, 3, a, b);
        out[0] = accuracy(3, b) - accuracy(3, a);
      }, { resamples: 200, rng: new RandomState(seed) });
      expect(r).toMatchObject({ estimate: 0, low: 0, high: 0, pNotGreater: 1, pNotLess: 1 });
    }), { numRuns: 30 });
  });

  it('splitPairedCells gives each model its own confusion matrix', () => {
    const a = new Float64Array(4);
    const b = new Float64Array(4);
    splitPairedCells(pairedCells([0, 1], [0, 0], [0, 1], 2), 2, a, b);
    expect(Array.from(a)).toEqual([1, 0, 1, 0]);
    expect(Array.from(b)).toEqual([1, 0, 0, 1]);
  });
});
