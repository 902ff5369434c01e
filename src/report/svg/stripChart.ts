import { linearScale, niceTicks, tickLabel } from './scale.js';

/** One row of a strip chart: a figure's value in every fold, its mean and interval. */
export interface StripRow {
  name: string;
  values: { label: string; value: number }[];
  mean: number;
  ciLow?: number;
  ciHigh?: number;
}

/** The geometry the `chart-strip` partial draws. */
export interface StripChartView {
  title: string;
  width: number;
  height: number;
  left: number;
  right: number;
  axisY: number;
  ticks: { pos: number; label: string }[];
  rows: {
    label: string;
    y: number;
    dots: { cx: number; title: string }[];
    mean: { x: number; title: string };
    band?: { x: number; w: number };
  }[];
}

const W = 560;
const ROW = 28;

/**
 * Lays out the spread of figures across cross-validation folds: one row per figure, a dot per fold,
 * a tick at the mean and a band for its interval, on one shared axis (clipped to [0, 1] when every
 * value lies there). Non-finite values are left out. Cost O(rows × folds).
 * Example: `stripChart('Folds', [{ name: 'f1', values: [{ label: 'fold-1', value: 0.9 }], mean: 0.9 }]).rows[0].dots.length` → `1`.
 */
export function stripChart(title: string, rows: readonly StripRow[]): StripChartView {
  const all: number[] = [];
  for (const r of rows) {
    for (const v of r.values) if (Number.isFinite(v.value)) all.push(v.value);
    for (const v of [r.mean, r.ciLow, r.ciHigh]) if (v !== undefined && Number.isFinite(v)) all.push(v);
  }
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  const pad = Math.max((hi - lo) * 0.1, 0.005);
  const unit = lo >= 0 && hi <= 1;
  lo -= pad;
  hi += pad;
  if (unit) {
    lo = Math.max(0, lo);
    hi = Math.min(1, hi);
  }
  const left = 150;
  const right = W - 16;
  const sx = linearScale([lo, hi], [left, right]);
  const top = 12;
  const axisY = top + rows.length * ROW + 4;
  return {
    title,
    width: W,
    height: axisY + 28,
    left,
    right,
    axisY,
    ticks: niceTicks(lo, hi, 6).filter((t) => t >= lo && t <= hi).map((t) => ({ pos: sx(t), label: tickLabel(t) })),
    rows: rows.map((r, i) => {
      const y = top + i * ROW + ROW / 2;
      const ok = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);
      return {
        label: r.name,
        y,
        dots: r.values.filter((v) => Number.isFinite(v.value)).map((v) => ({ cx: sx(v.value), title: `${r.name}, ${v.label}: ${tickLabel4(v.value)}` })),
        mean: { x: ok(r.mean) ? sx(r.mean) : left, title: `${r.name} mean ${ok(r.mean) ? tickLabel4(r.mean) : 'NaN'}` },
        ...(ok(r.ciLow) && ok(r.ciHigh) ? { band: { x: sx(r.ciLow), w: Math.max(1, sx(r.ciHigh) - sx(r.ciLow)) } } : {}),
      };
    }),
  };
}

function tickLabel4(v: number): string {
  return String(Number(v.toFixed(4)));
}
