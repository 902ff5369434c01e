import { RandomState } from '../cv/randomState.js';
import { seedFrom } from '../cv/seedFrom.js';
import type { Figure } from '../report/results.js';
import { bootstrapRows } from '../stats/bootstrap.js';
import { wilsonInterval } from '../stats/wilson.js';

/** How a safety or quality check's figures get their intervals. */
export interface IntervalSettings {
  confidence: number;
  bootstrap: number;
  seed: number;
}

/** A rate `hits / n` with its Wilson interval; n = 0 gives NaN (a gate on it fails). Cost O(1). */
export function rateFigure(hits: number, n: number, s: IntervalSettings): Figure {
  const w = wilsonInterval(hits, n, { confidence: s.confidence });
  return { value: w.estimate, ci_low: w.low, ci_high: w.high, interval: 'wilson' };
}

/**
 * A statistic of n rows with a seeded percentile bootstrap interval: the rows are resampled as
 * multiplicities (`statistic(weights)`, all ones for the estimate), from a stream derived from
 * the suite's seed and the figure's name, so adding a figure never moves another's interval.
 * n = 0 gives NaN. Cost O(B·(n + cost of statistic)).
 */
export function bootstrapFigure(name: string, n: number, statistic: (weights: Float64Array) => number, s: IntervalSettings): Figure {
  if (n === 0) return { value: NaN };
  const rng = new RandomState(seedFrom(s.seed, 'bootstrap', name));
  const r = bootstrapRows(n, statistic, { rng, resamples: s.bootstrap, confidence: s.confidence });
  return { value: r.estimate, ci_low: r.low, ci_high: r.high, interval: 'bootstrap' };
}

/** The weighted mean of per-row values: a statistic for {@link bootstrapFigure}. */
export function weightedMean(values: ArrayLike<number>): (w: Float64Array) => number {
  return (w) => {
    let s = 0;
    let t = 0;
    for (let i = 0; i < values.length; i++) {
      s += w[i] * values[i];
      t += w[i];
    }
    return t === 0 ? NaN : s / t;
  };
}

/**
 * The q-quantile (numpy's default linear method) of ascending-sorted values taken with integer
 * multiplicities `w`: the quantile of the expanded sample, found in O(n) from cumulative counts.
 */
export function weightedQuantile(sorted: ArrayLike<number>, q: number): (w: Float64Array) => number {
  return (w) => {
    let total = 0;
    for (let i = 0; i < sorted.length; i++) total += w[i];
    if (total === 0) return NaN;
    const h = (total - 1) * q;
    const lo = Math.floor(h);
    const at = (k: number): number => {
      let c = 0;
      for (let i = 0; i < sorted.length; i++) {
        c += w[i];
        if (k < c) return sorted[i];
      }
      return sorted[sorted.length - 1];
    };
    const a = at(lo);
    const t = h - lo;
    if (t === 0) return a;
    const b = at(lo + 1);
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
  };
}
