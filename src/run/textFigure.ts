import { rowsFigure, type IntervalSettings } from './figureIntervals.js';
import type { Figure } from '../contract/results.js';

/**
 * A statistic of n rows with the row bootstrap of the other figures ({@link rowsFigure}): its value
 * is the statistic with every row weighted once. n = 0 gives NaN.
 */
export function bootstrapFigure(name: string, n: number, statistic: (weights: Float64Array) => number, s: IntervalSettings): Figure {
  if (n === 0) return { value: NaN };
  return rowsFigure(name, statistic(new Float64Array(n).fill(1)), n, statistic, s);
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
