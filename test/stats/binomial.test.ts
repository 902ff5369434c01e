import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { binomial } from '../../src/stats/binomial.js';
import { normalQuantile } from '../../src/stats/normalQuantile.js';

// Fixtures: numpy 2.4.6 np.random.RandomState(seed).binomial(n, p, size=200).
const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));

/** Exact Binomial(n, p) pmf by the ratio recurrence from the mode, normalised (no lgamma needed). */
function pmf(n: number, p: number): Float64Array {
  const f = new Float64Array(n + 1);
  const q = 1 - p;
  const m = Math.min(n, Math.floor((n + 1) * p));
  f[m] = 1;
  for (let k = m; k < n; k++) f[k + 1] = (f[k] * (n - k) * p) / ((k + 1) * q);
  for (let k = m; k > 0; k--) f[k - 1] = (f[k] * k * q) / ((n - k + 1) * p);
  let s = 0;
  for (const v of f) s += v;
  return f.map((v) => v / s);
}

/** Pearson chi-square of draws against a pmf, pooling adjacent values until each bin expects ≥ 5. */
function chiSquare(draws: Float64Array, probs: Float64Array): { stat: number; df: number } {
  const observed = new Float64Array(probs.length);
  for (const x of draws) observed[x]++;
  const bins: [number, number][] = [];
  let e = 0;
  let o = 0;
  for (let k = 0; k < probs.length; k++) {
    e += probs[k] * draws.length;
    o += observed[k];
    if (e >= 5) {
      bins.push([o, e]);
      e = 0;
      o = 0;
    }
  }
  bins[bins.length - 1][0] += o;
  bins[bins.length - 1][1] += e;
  let stat = 0;
  for (const [ob, ex] of bins) stat += ((ob - ex) * (ob - ex)) / ex;
  return { stat, df: bins.length - 1 };
}

/** Upper 1e-4 critical value of chi-square(df) by the Wilson–Hilferty approximation. */
function critical(df: number): number {
  const z = normalQuantile(1 - 1e-4);
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

function sample(seed: number, n: number, p: number, count: number): Float64Array {
  const rng = new RandomState(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = binomial(rng, n, p);
  return out;
}

describe('binomial — numpy legacy parity (a bonus)', () => {
  it.each(fx.binomial as { seed: number; n: number; p: number; values: number[] }[])('Binomial($n, $p)', (c) => {
    const rng = new RandomState(c.seed);
    expect(c.values.map(() => binomial(rng, c.n, c.p))).toEqual(c.values);
  });
});

describe('binomial — distribution', () => {
  // inversion, BTPE just above the n·p = 30 switch, BTPE skewed, reflected (p > 0.5) both ways
  const cases: [number, number][] = [[20, 0.3], [60, 0.5], [61, 0.5], [200, 0.3], [100_000, 0.001], [1000, 0.9], [50, 0.9], [7, 0.5]];
  it.each(cases)('chi-square goodness of fit, Binomial(%d, %d), 20,000 draws', (n, p) => {
    const { stat, df } = chiSquare(sample(17, n, p, 20_000), pmf(n, p));
    expect(df).toBeGreaterThan(2);
    expect(stat).toBeLessThan(critical(df));
  });

  it('the goodness-of-fit check has power: Binomial(20, 0.31) is rejected as Binomial(20, 0.3)', () => {
    const { stat, df } = chiSquare(sample(17, 20, 0.31, 20_000), pmf(20, 0.3));
    expect(stat).toBeGreaterThan(critical(df));
  });

  it.each([[10_000_000, 0.3], [10_000_000, 2e-6], [0xffffffff, 0.5], [1_000_000, 0.999999]])(
    'mean and variance of Binomial(%d, %d) within 5 standard errors (100,000 draws)', (n, p) => {
      const d = 100_000;
      const xs = sample(5, n, p, d);
      let s = 0;
      for (const x of xs) s += x;
      const mean = s / d;
      let ss = 0;
      for (const x of xs) ss += (x - mean) ** 2;
      const variance = ss / (d - 1);
      const v = n * p * (1 - p);
      expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(v / d));
      // var of the sample variance ≈ 2v²/(d−1) + excess-kurtosis term (1 − 6pq)/(npq) · v²/d
      const seVar = v * Math.sqrt(2 / (d - 1) + Math.abs(1 - 6 * p * (1 - p)) / v / d);
      expect(Math.abs(variance - v)).toBeLessThan(5 * seVar);
    });

  it('always returns an integer in [0, n]', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, n, p) => {
      const x = binomial(new RandomState(seed), n, p);
      expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
    }));
  });
});

describe('binomial — edge cases and errors', () => {
  it('n = 0 or p = 0 gives 0 without drawing; p = 1 gives n', () => {
    const a = new RandomState(1);
    const b = new RandomState(1);
    expect(binomial(a, 0, 0.4)).toBe(0);
    expect(binomial(a, 10, 0)).toBe(0);
    expect(a.nextUint32()).toBe(b.nextUint32());
    expect(binomial(a, 12345, 1)).toBe(12345);
  });

  it('rejects invalid n and p with numpy-like messages', () => {
    const r = new RandomState(0);
    expect(() => binomial(r, -1, 0.5)).toThrow('n must be an integer between 0 and 2**32 - 1 (got -1)');
    expect(() => binomial(r, 2.5, 0.5)).toThrow(/n must be an integer/);
    expect(() => binomial(r, 2 ** 32, 0.5)).toThrow(/n must be an integer/);
    expect(() => binomial(r, 5, 1.5)).toThrow('p < 0, p > 1 or p is NaN (got 1.5)');
    expect(() => binomial(r, 5, NaN)).toThrow(/p < 0, p > 1 or p is NaN/);
  });
});
