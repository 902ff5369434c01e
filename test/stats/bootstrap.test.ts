import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { bootstrapCells, bootstrapRows, bootstrapRowsMany } from '../../src/stats/bootstrap.js';

const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));

/** Accuracy of a flattened 2×2 confusion matrix [tn, fp, fn, tp]. */
const accuracy = (c: Float64Array): number => (c[0] + c[3]) / (c[0] + c[1] + c[2] + c[3]);
/** Precision tp / (tp + fp): undefined (NaN) when nothing is predicted positive. */
const precision = (c: Float64Array): number => (c[1] + c[3] === 0 ? NaN : c[3] / (c[1] + c[3]));

/** Type-7 percentile written out independently: h = (B−1)q, linear between order statistics. */
function type7(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  return i + 1 >= sorted.length ? sorted[i] : sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
}

describe('bootstrapCells', () => {
  it('a degenerate sample (all in one cell) gives a zero-width interval', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }), (seed, n, cell) => {
      const counts = [0, 0, 0, 0];
      counts[cell] = n;
      const r = bootstrapCells(counts, accuracy, { resamples: 50, rng: new RandomState(seed) });
      const expected = cell === 0 || cell === 3 ? 1 : 0;
      expect(r).toEqual({ estimate: expected, low: expected, high: expected, resamples: 50, undefinedResamples: 0 });
    }), { numRuns: 50 });
  });

  it('identical seeds give identical intervals', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }).filter((c) => c.some((x) => x > 0)), (seed, counts) => {
      const a = bootstrapCells(counts, accuracy, { resamples: 200, rng: new RandomState(seed) });
      const b = bootstrapCells(counts, accuracy, { resamples: 200, rng: new RandomState(seed) });
      expect(a).toEqual(b);
      expect(a.low).toBeLessThanOrEqual(a.high);
    }), { numRuns: 50 });
  });

  it('low/high are the np.percentile(·, [2.5, 97.5]) of the resampled statistics; estimate is on the observed counts', () => {
    const counts = [40, 7, 9, 44];
    const seen: number[] = [];
    const stat = (c: Float64Array): number => {
      const v = accuracy(c);
      seen.push(v);
      return v;
    };
    const r = bootstrapCells(counts, stat, { resamples: 1000, rng: new RandomState(3) });
    expect(seen.length).toBe(1001);
    expect(r.estimate).toBe(0.84);
    expect(seen[0]).toBe(0.84);
    const resampled = seen.slice(1).sort((x, y) => x - y);
    expect(r.low).toBeCloseTo(type7(resampled, 0.025), 12);
    expect(r.high).toBeCloseTo(type7(resampled, 0.975), 12);
    expect(r.resamples).toBe(1000);
  });

  it('agrees with the normal approximation for a proportion (n = 1000, B = 4000)', () => {
    const r = bootstrapCells([300, 700], (c) => c[1] / (c[0] + c[1]), { resamples: 4000, rng: new RandomState(21) });
    const half = 1.959963984540054 * Math.sqrt((0.7 * 0.3) / 1000); // ≈ 0.0284
    expect(Math.abs(r.low - (0.7 - half))).toBeLessThan(0.005);
    expect(Math.abs(r.high - (0.7 + half))).toBeLessThan(0.005);
    const r90 = bootstrapCells([300, 700], (c) => c[1] / 1000, { resamples: 4000, confidence: 0.9, rng: new RandomState(21) });
    expect(r90.high - r90.low).toBeLessThan(r.high - r.low);
  });

  it('resamples whose statistic is NaN are excluded and counted', () => {
    // tp + fp = 2 of 60: P(no positive prediction in a resample) = (58/60)^60 ≈ 0.131
    const r = bootstrapCells([50, 1, 8, 1], precision, { resamples: 2000, rng: new RandomState(4) });
    expect(r.undefinedResamples).toBeGreaterThan(2000 * 0.131 - 5 * Math.sqrt(2000 * 0.131 * 0.869));
    expect(r.undefinedResamples).toBeLessThan(2000 * 0.131 + 5 * Math.sqrt(2000 * 0.131 * 0.869));
    expect(r.low).toBe(0);
    expect(r.high).toBe(1);
    const none = bootstrapCells([5, 0, 5, 0], precision, { resamples: 10, rng: new RandomState(4) });
    expect(none).toEqual({ estimate: NaN, low: NaN, high: NaN, resamples: 10, undefinedResamples: 10 });
  });

  it('each resample is a count vector summing to n with zero cells kept at zero', () => {
    const counts = [3, 0, 12, 5];
    bootstrapCells(counts, (c) => {
      expect(c.length).toBe(4);
      expect(c[0] + c[1] + c[2] + c[3]).toBe(20);
      expect(c[1]).toBe(0);
      return 0;
    }, { resamples: 100, rng: new RandomState(0) });
  });

  it('rejects invalid counts and options', () => {
    const rng = new RandomState(0);
    expect(() => bootstrapCells([1, -1], accuracy, { rng })).toThrow('counts must be non-negative integers (got -1 at index 1)');
    expect(() => bootstrapCells([1.5, 1], accuracy, { rng })).toThrow(/non-negative integers/);
    expect(() => bootstrapCells([0, 0], accuracy, { rng })).toThrow('counts must contain at least one observation');
    expect(() => bootstrapCells([1, 1], accuracy, { rng, resamples: 0 })).toThrow('resamples must be a positive integer (got 0)');
    expect(() => bootstrapCells([1, 1], accuracy, { rng, confidence: 1 })).toThrow('confidence must be strictly between 0 and 1 (got 1)');
    expect(() => bootstrapCells([1, 1], accuracy, {} as never)).toThrow('rng must be a random source such as RandomState');
  });
});

describe('bootstrapRows', () => {
  it('resample multiplicities equal numpy bincount(randint(0, n, n)) for the same RandomState', () => {
    const c = fx.randomState.rowResampleCounts;
    const rng = new RandomState(c.seed);
    const byN = new Map<number, number[][]>();
    for (const d of c.draws) byN.set(d.n, [...(byN.get(d.n) ?? []), d.counts]);
    for (const [n, expected] of byN) {
      const got: number[][] = [];
      bootstrapRows(n, (w) => {
        got.push(Array.from(w));
        return 0;
      }, { resamples: expected.length, rng });
      expect(got[0]).toEqual(new Array(n).fill(1)); // the observed estimate uses all-ones weights
      expect(got.slice(1), `n=${n}`).toEqual(expected);
    }
  });

  it('weights sum to n; identical seeds give identical intervals', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 200 }), (seed, n) => {
      const values = Array.from({ length: n }, (_, i) => (i * 37) % 11);
      const mean = (w: Float64Array): number => {
        let s = 0;
        let t = 0;
        for (let i = 0; i < n; i++) {
          s += w[i] * values[i];
          t += w[i];
        }
        expect(t).toBe(n);
        return s / t;
      };
      const a = bootstrapRows(n, mean, { resamples: 30, rng: new RandomState(seed) });
      const b = bootstrapRows(n, mean, { resamples: 30, rng: new RandomState(seed) });
      expect(a).toEqual(b);
      expect(a.low).toBeLessThanOrEqual(a.high);
    }), { numRuns: 30 });
  });

  it('agrees with bootstrapCells for a statistic of counts (same distribution, different streams)', () => {
    const labels = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0 : 1)); // 80% ones
    const rows = bootstrapRows(400, (w) => {
      let s = 0;
      for (let i = 0; i < 400; i++) s += w[i] * labels[i];
      return s / 400;
    }, { resamples: 3000, rng: new RandomState(8) });
    const cells = bootstrapCells([80, 320], (c) => c[1] / 400, { resamples: 3000, rng: new RandomState(9) });
    expect(rows.estimate).toBe(0.8);
    expect(cells.estimate).toBe(0.8);
    expect(Math.abs(rows.low - cells.low)).toBeLessThan(0.01);
    expect(Math.abs(rows.high - cells.high)).toBeLessThan(0.01);
  });

  it('rejects invalid n', () => {
    const rng = new RandomState(0);
    expect(() => bootstrapRows(0, () => 0, { rng })).toThrow('n must be an integer between 1 and 2**32 - 1 (got 0)');
    expect(() => bootstrapRows(2.5, () => 0, { rng })).toThrow(/n must be an integer/);
  });
});

describe('bootstrapRowsMany', () => {
  it('gives each statistic the interval bootstrapRows gives it on the same resamples', () => {
    const x = Float64Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const mean = (w: Float64Array) => {
      let s = 0;
      let t = 0;
      for (let i = 0; i < x.length; i++) {
        s += w[i] * x[i];
        t += w[i];
      }
      return s / t;
    };
    const max = (w: Float64Array) => {
      let m = -Infinity;
      for (let i = 0; i < x.length; i++) if (w[i] > 0 && x[i] > m) m = x[i];
      return m;
    };
    const many = bootstrapRowsMany(x.length, 2, (w, out) => {
      out[0] = mean(w);
      out[1] = max(w);
    }, { rng: new RandomState(11), resamples: 300 });
    const one = bootstrapRows(x.length, mean, { rng: new RandomState(11), resamples: 300 });
    const two = bootstrapRows(x.length, max, { rng: new RandomState(11), resamples: 300 });
    expect(many[0]).toEqual(one);
    expect(many[1]).toEqual(two);
  });

  it('counts undefined resamples per statistic', () => {
    const r = bootstrapRowsMany(3, 2, (w, out) => {
      out[0] = NaN;
      out[1] = w[0];
    }, { rng: new RandomState(1), resamples: 50 });
    expect(r[0]).toMatchObject({ estimate: NaN, low: NaN, high: NaN, undefinedResamples: 50 });
    expect(r[1].undefinedResamples).toBe(0);
    expect(r[1].low).toBeGreaterThanOrEqual(0);
    expect(r[1].high).toBeLessThanOrEqual(3);
  });
});
