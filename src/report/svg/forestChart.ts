import { linearScale, niceTicks, tickLabel } from './scale.js';

/** One row of a forest plot: a difference and its interval. */
export interface ForestRow {
  name: string;
  delta: number;
  low: number;
  high: number;
  /** How the row reads: better, worse or unclear for the candidate. */
  tone: 'better' | 'worse' | 'unclear';
}

/** The geometry the `chart-forest` partial draws. */
export interface ForestChartView {
  title: string;
  width: number;
  height: number;
  left: number;
  right: number;
  axisY: number;
  zeroX: number;
  ticks: { pos: number; label: string }[];
  rows: { label: string; y: number; x: number; band?: { x: number; w: number }; tone: ForestRow['tone']; title: string }[];
}

const W = 560;
const ROW = 26;
const four = (v: number) => (Number.isFinite(v) ? String(Number(v.toFixed(4))) : 'NaN');

/**
 * Lays out a forest plot of candidate − baseline: one row per figure, a marker at the difference,
 * a band for its interval, and a rule at zero, on one axis that always includes zero. Non-finite
 * values are left out of the axis; a row without a finite difference is drawn at zero with no band.
 * Cost O(rows).
 * Example: `forestChart('Δ', [{ name: 'f1', delta: 0.02, low: 0.01, high: 0.03, tone: 'better' }]).rows[0].band !== undefined` → `true`.
 */
export function forestChart(title: string, rows: readonly ForestRow[]): ForestChartView {
  const all = [0];
  for (const r of rows) for (const v of [r.delta, r.low, r.high]) if (Number.isFinite(v)) all.push(v);
  const span = Math.max(Math.max(...all) - Math.min(...all), 0.01);
  const lo = Math.min(...all) - span * 0.08;
  const hi = Math.max(...all) + span * 0.08;
  const left = 190;
  const right = W - 16;
  const sx = linearScale([lo, hi], [left, right]);
  const top = 12;
  const axisY = top + rows.length * ROW + 4;
  return {
    title, width: W, height: axisY + 28, left, right, axisY, zeroX: sx(0),
    ticks: niceTicks(lo, hi, 6).filter((t) => t >= lo && t <= hi).map((t) => ({ pos: sx(t), label: tickLabel(t) })),
    rows: rows.map((r, i) => {
      const y = top + i * ROW + ROW / 2;
      const band = Number.isFinite(r.low) && Number.isFinite(r.high) ? { x: sx(r.low), w: Math.max(1, sx(r.high) - sx(r.low)) } : undefined;
      return {
        label: r.name, y, x: Number.isFinite(r.delta) ? sx(r.delta) : sx(0), tone: r.tone,
        title: `${r.name}: candidate − baseline ${four(r.delta)} [${four(r.low)}, ${four(r.high)}]`,
        ...(band ? { band } : {}),
      };
    }),
  };
}
