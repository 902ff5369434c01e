import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bleuFromStats, bleuStats } from '../../src/metrics/bleu.js';
import { outcomeStatistics } from '../../src/run/outcomeStatistics.js';
import { pairedStatisticFigures, ratioCells } from '../../src/run/pairedStatisticFigures.js';
import type { OutcomePair, UnitOutcome } from '../../src/run/pairRecords.js';
import { wilsonFigure } from '../../src/run/figureIntervals.js';
import { termStatistic } from '../../src/run/termStatistic.js';
import { weightedMean, weightedQuantile } from '../../src/run/textFigure.js';

const opts = { seed: 7, resamples: 200, confidence: 0.9, levels: [] as number[] };
const words = fc.constantFrom('the', 'cat', 'sat', 'on', 'a', 'mat', 'dog', 'ran');
const sentence = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

// One unit per row: each run may lack the figure's terms (not tested there).
const rateUnit = fc.record({ b: fc.option(fc.boolean(), { nil: undefined }), c: fc.option(fc.boolean(), { nil: undefined }) });
const meanUnit = fc.record({ b: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), c: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) });
const latencyUnit = fc.record({ b: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }), c: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }) });
const bleuUnit = fc.record({ ref: sentence, b: fc.option(sentence, { nil: undefined }), c: fc.option(sentence, { nil: undefined }) });

const unit = (figure: string, t: number[] | undefined): UnitOutcome => ({ terms: t === undefined ? {} : { [figure]: t } });
const pairsOf = (figure: string, rows: { b?: number[]; c?: number[] }[]): OutcomePair[] =>
  rows.map((r, i) => ({ check: 'x', variant: null, id: `e${i}`, baseline: unit(figure, r.b), candidate: unit(figure, r.c) }));

/** The four kinds of figure, each with its rows as both runs' terms and each run's own figure as the run computes it. */
const cases = fc.oneof(
  fc.array(rateUnit, { minLength: 1, maxLength: 40 }).map((rows) => {
    const own = (side: 'b' | 'c') => { const got = rows.filter((r) => r[side] !== undefined); return wilsonFigure(got.filter((r) => r[side]).length, got.length, { confidence: 0.95, resamples: 0, seed: 0 }).value; };
    return { figure: 'robustness.typo.failure_rate', pairs: pairsOf('robustness.typo.failure_rate', rows.map((r) => ({ ...(r.b !== undefined ? { b: [r.b ? 1 : 0, 1] } : {}), ...(r.c !== undefined ? { c: [r.c ? 1 : 0, 1] } : {}) }))), own };
  }),
  fc.array(meanUnit, { minLength: 1, maxLength: 40 }).map((rows) => {
    const own = (side: 'b' | 'c') => { const v = rows.flatMap((r) => (r[side] === undefined ? [] : [r[side]!])); return v.length === 0 ? NaN : weightedMean(v)(new Float64Array(v.length).fill(1)); };
    return { figure: 'quality.token_f1', pairs: pairsOf('quality.token_f1', rows.map((r) => ({ ...(r.b !== undefined ? { b: [r.b, 1] } : {}), ...(r.c !== undefined ? { c: [r.c, 1] } : {}) }))), own };
  }),
  fc.array(latencyUnit, { minLength: 1, maxLength: 40 }).map((rows) => {
    const own = (side: 'b' | 'c') => { const v = rows.flatMap((r) => (r[side] === undefined ? [] : [r[side]!])).sort((x, y) => x - y); return v.length === 0 ? NaN : weightedQuantile(v, 0.95)(new Float64Array(v.length).fill(1)); };
    return { figure: 'quality.latency.p95', pairs: pairsOf('quality.latency.p95', rows.map((r) => ({ ...(r.b !== undefined ? { b: [r.b] } : {}), ...(r.c !== undefined ? { c: [r.c] } : {}) }))), own };
  }),
  fc.array(bleuUnit, { minLength: 1, maxLength: 12 }).map((rows) => {
    const stats = (side: 'b' | 'c') => rows.map((r) => (r[side] === undefined ? undefined : bleuStats(r[side]!, [r.ref])));
    const own = (side: 'b' | 'c') => { const s = stats(side).filter((x) => x !== undefined); const sum = new Array<number>(s[0]?.length ?? 0).fill(0); s.forEach((x) => x.forEach((v, k) => (sum[k] += v))); return bleuFromStats(sum); };
    const b = stats('b'), c = stats('c');
    return { figure: 'quality.bleu', pairs: pairsOf('quality.bleu', rows.map((_, i) => ({ ...(b[i] ? { b: b[i] } : {}), ...(c[i] ? { c: c[i] } : {}) }))), own };
  }),
);

const figureOf = (pairs: OutcomePair[]) => {
  const specs = outcomeStatistics(pairs, () => true);
  return specs.length === 0 ? undefined : pairedStatisticFigures(specs, opts).figures[0];
};
const swap = (pairs: OutcomePair[]): OutcomePair[] => pairs.map((p) => ({ ...p, baseline: p.candidate, candidate: p.baseline }));
const same = (a: number, b: number): void => {
  if (Number.isNaN(b)) expect(a).toBeNaN();
  else expect(a).toBe(b);
};

describe('paired differences of any figure (properties)', () => {
  it('the point delta is exactly the difference of the two runs\' own figures', () => {
    fc.assert(fc.property(cases, ({ pairs, own }) => {
      const f = figureOf(pairs);
      if (!f) return;
      same(f.baseline, own('b'));
      same(f.candidate, own('c'));
      same(f.delta, own('c') - own('b'));
    }), { numRuns: 150 });
  });

  it('identical runs: delta 0 and interval [0, 0]', () => {
    fc.assert(fc.property(cases, ({ pairs }) => {
      const f = figureOf(pairs.map((p) => ({ ...p, candidate: p.baseline })));
      if (!f || Number.isNaN(f.baseline)) return;
      expect([f.delta, f.ci_low, f.ci_high]).toEqual([0, 0, 0]);
      expect(f.p_worse).toBe(1);
      expect(f.p_better).toBe(1);
    }), { numRuns: 150 });
  });

  it('swapping baseline and candidate negates the delta, mirrors the interval and swaps the p-values', () => {
    fc.assert(fc.property(cases, ({ pairs }) => {
      const f = figureOf(pairs);
      const g = figureOf(swap(pairs));
      if (!f || !g) return;
      same(g.delta + 0, -f.delta + 0); // (+0 and −0 alike)
      if (Number.isNaN(f.ci_low)) {
        expect(g.ci_low).toBeNaN();
        return;
      }
      expect(g.ci_low).toBeCloseTo(-f.ci_high, 9);
      expect(g.ci_high).toBeCloseTo(-f.ci_low, 9);
      expect(g.undefined_resamples).toBe(f.undefined_resamples);
      if (g.higher_is_better === f.higher_is_better) expect([g.p_worse, g.p_better]).toEqual([f.p_better, f.p_worse]);
    }), { numRuns: 150 });
  });

  it('a rate resampled from its cells has the distribution of its rows: both agree on the point and closely on the interval', () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ b: [i % 5 === 0 ? 1 : 0, 1], c: [i % 3 === 0 ? 1 : 0, 1] }));
    const pairs = pairsOf('robustness.failure_rate', rows);
    const [spec] = outcomeStatistics(pairs, () => true);
    expect(spec.cells?.counts.length).toBe(4);
    const o = { ...opts, resamples: 4000, confidence: 0.95 };
    const viaCells = pairedStatisticFigures([spec], o).figures[0];
    const viaRows = pairedStatisticFigures([{ ...spec, cells: undefined }], o).figures[0];
    expect(viaCells.delta).toBe(viaRows.delta);
    expect(viaCells.delta).toBeCloseTo(134 / 400 - 80 / 400, 15);
    expect(Math.abs(viaCells.ci_low - viaRows.ci_low)).toBeLessThan(0.015);
    expect(Math.abs(viaCells.ci_high - viaRows.ci_high)).toBeLessThan(0.015);
  });

  it('a figure no gate names takes fewer row resamples when n is large; a gated one takes them all', () => {
    const mean = (v: number[]) => ({ figure: '', n: v.length, baseline: weightedMean(v), candidate: weightedMean(v.map((x) => x / 2)) });
    const specs = [{ ...mean([0.1, 0.5, 0.9, 0.3, 0.7]), figure: 'quality.token_f1' }, { ...mean([0.2, 0.4, 0.6, 0.8, 1]), figure: 'quality.exact_match' }];
    const r = pairedStatisticFigures(specs, { ...opts, resamples: 1000, gated: new Set(['quality.exact_match']), budget: 1500 }).figures;
    expect(r.map((f) => f.resamples)).toEqual([300, 1000]);
    expect(pairedStatisticFigures(specs, { ...opts, resamples: 1000, gated: new Set(), budget: 100 }).figures.map((f) => f.resamples)).toEqual([200, 200]);
  });

  it('ratioCells gives up on non-integer terms and on too many cells', () => {
    expect(ratioCells([0.5], [1], [1], [1], 8)).toBeUndefined();
    expect(ratioCells([0, 1, 2], [3, 3, 3], [0, 0, 0], [3, 3, 3], 2)).toBeUndefined();
    expect(ratioCells([0, 1, 0], [1, 1, 1], [1, 1, 1], [1, 1, 1], 2)!.counts).toEqual(Float64Array.of(2, 1));
  });

  it('fairness gaps come from the per-group rates of the units', () => {
    // group a: 1 of 2 selected; group b: 2 of 2 selected → gap 0.5, ratio 0.5
    const u = (group: string, selected: number): UnitOutcome => ({ terms: { 'safety.fairness': [selected, 0, 0, 0, 0] }, group });
    const units = [u('a', 1), u('a', 0), u('b', 1), u('b', 1)];
    const ones = Float64Array.of(1, 1, 1, 1);
    expect(termStatistic('safety.fairness.selection_rate.gap', units)(ones)).toBe(0.5);
    expect(termStatistic('safety.fairness.selection_rate.ratio', units)(ones)).toBe(0.5);
    expect(termStatistic('safety.fairness.demographic_parity_difference', units)(Float64Array.of(0, 2, 1, 1))).toBe(1);
    expect(termStatistic('safety.fairness.accuracy.gap', units)(ones)).toBeNaN();
  });
});
