import { bleuFromStats } from '../metrics/bleu.js';
import { chrfFromStats } from '../metrics/chrf.js';
import { groupDisparity } from '../safety/groupDisparity.js';
import type { UnitOutcome } from './pairRecords.js';
import { weightedQuantile } from './textFigure.js';

/** A figure as a statistic of per-unit weights (resample multiplicities; all ones for the run's own value). */
export type WeightedStatistic = (w: Float64Array) => number;

/** The fairness figures and the per-group rate each is a disparity of. */
export const FAIRNESS_FIGURES: Record<string, { rate: 0 | 1 | 2; of: 'gap' | 'ratio' }> = {
  'safety.fairness.selection_rate.gap': { rate: 0, of: 'gap' },
  'safety.fairness.selection_rate.ratio': { rate: 0, of: 'ratio' },
  'safety.fairness.accuracy.gap': { rate: 1, of: 'gap' },
  'safety.fairness.accuracy.ratio': { rate: 1, of: 'ratio' },
  'safety.fairness.true_positive_rate.gap': { rate: 2, of: 'gap' },
  'safety.fairness.true_positive_rate.ratio': { rate: 2, of: 'ratio' },
  'safety.fairness.demographic_parity_difference': { rate: 0, of: 'gap' },
  'safety.fairness.equal_opportunity_difference': { rate: 2, of: 'gap' },
};

const QUANTILES: Record<string, number> = { 'quality.latency.p50': 0.5, 'quality.latency.p95': 0.95, 'quality.latency.p99': 0.99 };
const CORPUS: Record<string, (s: number[]) => number> = { 'quality.bleu': bleuFromStats, 'quality.chrf': chrfFromStats };

/** The terms key a figure reads: its own name, or `safety.fairness` for the fairness disparities. */
export function termsKey(figure: string): string {
  return figure in FAIRNESS_FIGURES ? 'safety.fairness' : figure;
}

/** How a figure combines its units' terms: a ratio of sums, a corpus score, a percentile, a group disparity. */
export function combinerOf(figure: string): 'ratio' | 'corpus' | 'quantile' | 'fairness' {
  if (figure in FAIRNESS_FIGURES) return 'fairness';
  if (figure in QUANTILES) return 'quantile';
  if (figure in CORPUS) return 'corpus';
  return 'ratio';
}

/**
 * One run's figure as a statistic of the weights of `units` (aligned with the other run's), the
 * same arithmetic, in the same unit order, as the run used for its own figure: Σw·hits / Σw·of for
 * rates and means (NaN when Σw·of = 0), BLEU or chrF of the weighted sums of the statistics, the
 * percentile (numpy's linear rule) of the values taken with multiplicities, and the gap (max − min)
 * or ratio (min / max) of per-group rates. Units without the figure's terms weigh nothing.
 * Cost: O(n) per call (O(n log n) once to sort the values of a percentile).
 * @example termStatistic('x.rate', [{ terms: { 'x.rate': [1, 1] } }, { terms: { 'x.rate': [0, 1] } }])(Float64Array.of(1, 1)) // 0.5
 */
export function termStatistic(figure: string, units: readonly UnitOutcome[]): WeightedStatistic {
  const key = termsKey(figure);
  const kind = combinerOf(figure);
  const at = units.map((u) => u.terms[key]);
  if (kind === 'quantile') {
    const present = at.map((t, i) => (t === undefined ? -1 : i)).filter((i) => i >= 0);
    const order = present.sort((a, b) => at[a]![0] - at[b]![0]);
    const sorted = Float64Array.from(order, (i) => at[i]![0]);
    const q = weightedQuantile(sorted, QUANTILES[figure]);
    const gathered = new Float64Array(order.length);
    return (w) => {
      for (let j = 0; j < order.length; j++) gathered[j] = w[order[j]];
      return q(gathered);
    };
  }
  if (kind === 'corpus') {
    const score = CORPUS[figure];
    const size = at.find((t) => t !== undefined)?.length ?? 0;
    return (w) => {
      const sum = new Array<number>(size).fill(0);
      at.forEach((row, i) => {
        if (row !== undefined && w[i] !== 0) for (let k = 0; k < size; k++) sum[k] += w[i] * row[k];
      });
      return score(sum);
    };
  }
  if (kind === 'fairness') {
    const names = [...new Set(units.filter((u, i) => at[i] !== undefined).map((u) => u.group ?? ''))].sort();
    const group = units.map((u) => names.indexOf(u.group ?? ''));
    const { rate, of } = FAIRNESS_FIGURES[figure];
    return (w) => {
      const acc = names.map(() => [0, 0, 0, 0, 0, 0]);
      at.forEach((t, i) => {
        if (t === undefined) return;
        const a = acc[group[i]];
        const k = w[i];
        a[0] += k;
        for (let j = 0; j < 5; j++) a[j + 1] += k * t[j];
      });
      const value = (a: number[]) => (rate === 0 ? a[1] / a[0] : rate === 1 ? a[3] / a[2] : a[5] / a[4]);
      const d = groupDisparity(Object.fromEntries(names.map((g, i) => [g, value(acc[i])])));
      return of === 'gap' ? d.gap : d.ratio;
    };
  }
  return ratioStatistic(Float64Array.from(at, (t) => t?.[0] ?? 0), Float64Array.from(at, (t) => t?.[1] ?? 0));
}

/**
 * Σw·num / Σw·den (NaN when Σw·den = 0): a rate or a mean ([value, 1] terms) of weighted units,
 * summed in unit order. Cost O(n) per call.
 * @example ratioStatistic(Float64Array.of(1, 0), Float64Array.of(1, 1))(Float64Array.of(1, 3)) // 0.25
 */
export function ratioStatistic(num: Float64Array, den: Float64Array): WeightedStatistic {
  return (w) => {
    let s = 0;
    let t = 0;
    for (let i = 0; i < num.length; i++) {
      s += w[i] * num[i];
      t += w[i] * den[i];
    }
    return t === 0 ? NaN : s / t;
  };
}
