import { RandomState } from '../cv/randomState.js';
import { seedFrom } from '../cv/seedFrom.js';
import { bootstrapCells, bootstrapRows } from '../stats/bootstrap.js';
import { wilsonInterval } from '../stats/wilson.js';
import { twoSidedZ } from '../stats/normalQuantile.js';
import type { Figure } from '../contract/results.js';

/** Interval settings shared by every figure of a check. */
export interface IntervalSettings {
  confidence: number;
  /** Bootstrap resamples; 0 turns bootstrap intervals off. */
  resamples: number;
  seed: number;
}

/** A proportion x/n with its Wilson interval. n = 0 gives NaN. */
export function wilsonFigure(x: number, n: number, s: IntervalSettings): Figure {
  if (n === 0) return { value: NaN };
  const w = wilsonInterval(x, n, { confidence: s.confidence });
  return { value: x / n, ci_low: w.low, ci_high: w.high, interval: 'wilson' };
}

/**
 * A function of confusion-matrix cells with a multinomial bootstrap interval (REFERENCES.md:
 * resampling n rows is drawing the cells from Multinomial(n, observed frequencies)). Each figure
 * gets its own seeded stream (seed, 'cells', name), so adding a figure never moves another's interval.
 */
export function cellsFigure(name: string, value: number, cells: ArrayLike<number>, stat: (c: Float64Array) => number, s: IntervalSettings): Figure {
  if (s.resamples === 0 || Number.isNaN(value)) return { value };
  const r = bootstrapCells(cells, stat, { resamples: s.resamples, confidence: s.confidence, rng: new RandomState(seedFrom(s.seed, 'cells', name)) });
  return { value, ci_low: r.low, ci_high: r.high, interval: 'bootstrap' };
}

/**
 * Rows beyond which a row bootstrap takes fewer resamples: resamples × rows stays under this
 * budget (2·10⁸ statistic row-visits, about a second or two per figure).
 */
export const ROW_BOOTSTRAP_BUDGET = 2e8;

/** Resamples a row bootstrap over n rows gets: min(B, ⌊budget/n⌋); below 100 the interval is left out. */
export function rowResamples(n: number, s: IntervalSettings): number {
  const r = Math.min(s.resamples, Math.floor(ROW_BOOTSTRAP_BUDGET / Math.max(n, 1)));
  return r < 100 ? 0 : r;
}

/** A statistic of weighted rows with a row bootstrap interval (resample counts passed as weights). */
export function rowsFigure(name: string, value: number, n: number, stat: (w: Float64Array) => number, s: IntervalSettings): Figure {
  const resamples = rowResamples(n, s);
  if (resamples === 0 || Number.isNaN(value)) return { value };
  const r = bootstrapRows(n, stat, { resamples, confidence: s.confidence, rng: new RandomState(seedFrom(s.seed, 'rows', name)) });
  return { value, ci_low: r.low, ci_high: r.high, interval: 'bootstrap' };
}

/** The mean of per-row values with a normal (CLT) interval: mean ± z·sd/√n. */
export function meanFigure(values: Float64Array, s: IntervalSettings): Figure {
  const n = values.length;
  if (n === 0) return { value: NaN };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  if (n < 2) return { value: mean };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const half = (twoSidedZ(s.confidence) * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  return { value: mean, ci_low: mean - half, ci_high: mean + half, interval: 'normal' };
}
