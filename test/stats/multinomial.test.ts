import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { multinomial } from '../../src/stats/multinomial.js';

// Fixtures: numpy 2.4.6 np.random.RandomState(8).multinomial(n, pvals), 20 consecutive draws.
const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));

describe('multinomial', () => {
  it('reproduces numpy legacy multinomial draws when pvals sum to exactly 1', () => {
    for (const c of fx.multinomial) {
      const rng = new RandomState(c.seed);
      const out = new Uint32Array(c.pvals.length);
      const got = c.draws.map(() => Array.from(multinomial(rng, c.n, c.pvals, out)));
      expect(got, `n=${c.n} pvals=${c.pvals}`).toEqual(c.draws);
    }
  });

  const weights = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 30 })
    .filter((w) => w.some((v) => v > 0));

  it('draws sum to n, stay integers and leave zero-weight cells empty', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 10_000_000 }), weights, fc.boolean(), (seed, n, w, f64) => {
      const out = f64 ? new Float64Array(w.length) : new Uint32Array(w.length);
      out.fill(7); // stale contents must be overwritten
      expect(multinomial(new RandomState(seed), n, w, out)).toBe(out);
      let s = 0;
      out.forEach((x, j) => {
        expect(Number.isInteger(x) && x >= 0).toBe(true);
        if (w[j] === 0) expect(x).toBe(0);
        s += x;
      });
      expect(s).toBe(n);
    }));
  });

  it('cell means and a cell variance match n·p and n·p·(1−p) within 5 standard errors', () => {
    const w = [5, 0, 1, 3, 11]; // unnormalised integer weights (observed counts)
    const total = 20;
    const n = 1000;
    const d = 20_000;
    const rng = new RandomState(12);
    const out = new Float64Array(w.length);
    const sum = new Float64Array(w.length);
    const sumSq = new Float64Array(w.length);
    for (let i = 0; i < d; i++) {
      multinomial(rng, n, w, out);
      for (let j = 0; j < w.length; j++) {
        sum[j] += out[j];
        sumSq[j] += out[j] * out[j];
      }
    }
    for (let j = 0; j < w.length; j++) {
      const p = w[j] / total;
      const v = n * p * (1 - p);
      const mean = sum[j] / d;
      expect(Math.abs(mean - n * p), `cell ${j}`).toBeLessThanOrEqual(5 * Math.sqrt(v / d));
      const variance = (sumSq[j] - d * mean * mean) / (d - 1);
      expect(Math.abs(variance - v), `cell ${j}`).toBeLessThanOrEqual(5 * v * Math.sqrt(2 / d) + 1e-9);
    }
  });

  it('a single positive weight takes everything; n = 0 gives zeros', () => {
    const out = new Uint32Array(4);
    expect(Array.from(multinomial(new RandomState(1), 42, [0, 0, 3, 0], out))).toEqual([0, 0, 42, 0]);
    expect(Array.from(multinomial(new RandomState(1), 0, [1, 2, 3, 4], out))).toEqual([0, 0, 0, 0]);
    expect(Array.from(multinomial(new RandomState(1), 0, [0, 0, 0, 0], out))).toEqual([0, 0, 0, 0]);
  });

  it('rejects mismatched buffers, bad weights and bad n', () => {
    const r = new RandomState(0);
    expect(() => multinomial(r, 5, [1, 2], new Uint32Array(3))).toThrow('out has 3 cells but there are 2 weights');
    expect(() => multinomial(r, 5, [1, -2], new Uint32Array(2))).toThrow('weights must be non-negative finite numbers (got -2 at index 1)');
    expect(() => multinomial(r, 5, [1, NaN], new Uint32Array(2))).toThrow(/non-negative finite/);
    expect(() => multinomial(r, 5, [Infinity, 1], new Uint32Array(2))).toThrow(/non-negative finite/);
    expect(() => multinomial(r, 5, [0, 0], new Uint32Array(2))).toThrow('weights must not all be 0 when n > 0');
    expect(() => multinomial(r, -1, [1], new Uint32Array(1))).toThrow('n must be an integer between 0 and 2**32 - 1 (got -1)');
    expect(() => multinomial(r, 1.5, [1], new Uint32Array(1))).toThrow(/n must be an integer/);
  });
});
