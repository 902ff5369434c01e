import { linearScale, niceTicks, round2, tickLabel } from './scale.js';

/**
 * A series of points drawn as a line, or as a step function: `vh` rises to the next point's height
 * then runs to it (a precision-recall curve, whose area is average precision), `hv` the reverse.
 */
export interface XySeries {
  name: string;
  x: ArrayLike<number | null>;
  y: ArrayLike<number | null>;
  step?: 'vh' | 'hv';
}

/** What an x/y chart shows: axes, line series, optional bars and markers, the y = x diagonal. */
export interface XyChartInput {
  title: string;
  xLabel: string;
  yLabel: string;
  x: [number, number];
  y: [number, number];
  series?: XySeries[];
  /** Bars from x0 to x1 of height y; `label` is written above the bar, `thin` draws it hatched and outlined. */
  bars?: { x0: number; x1: number; y: number; title: string; label?: string; thin?: boolean }[];
  markers?: { x: number; y: number; title: string }[];
  diagonal?: boolean;
  /** A line under the caption saying how to read the chart. */
  note?: string;
}

/** The geometry the `chart-xy` partial draws; every string in it is escaped by the template. */
export interface XyChartView {
  title: string;
  width: number;
  height: number;
  plot: { x: number; y: number; w: number; h: number; bottom: number; right: number };
  xTicks: { pos: number; label: string }[];
  yTicks: { pos: number; label: string }[];
  xLabel: { text: string; x: number; y: number };
  yLabel: { text: string; x: number; y: number };
  paths: { d: string; name: string; cls: string }[];
  bars: { x: number; y: number; w: number; h: number; title: string; cls: string; label: string; labelX: number; labelY: number }[];
  markers: { cx: number; cy: number; title: string }[];
  diagonal?: string;
  note: string;
}

const W = 360;
const H = 300;
const M = { left: 48, right: 12, top: 12, bottom: 40 };

/**
 * Lays out an x/y chart (ROC, precision-recall, reliability) as SVG geometry in a 360×300 box:
 * scales, ticks, path data made of numbers only. Points with a null or non-finite coordinate are
 * skipped. Cost O(points). Example: `xyChart({ title: 'ROC', ..., series: [{ name: 'roc', x: [0, 1], y: [0, 1] }] }).paths[0].d`
 * → `"M48,248L348,12"`.
 */
export function xyChart(input: XyChartInput): XyChartView {
  const plot = { x: M.left, y: M.top, w: W - M.left - M.right, h: H - M.top - M.bottom };
  const sx = linearScale(input.x, [plot.x, plot.x + plot.w]);
  const sy = linearScale(input.y, [plot.y + plot.h, plot.y]);
  const paths = (input.series ?? []).map((s, i) => ({ d: pathOf(s, sx, sy), name: s.name, cls: `series-${i}` }));
  const bars = (input.bars ?? []).map((b) => {
    const x = sx(b.x0);
    const top = sy(b.y);
    const w = round2(Math.max(0, sx(b.x1) - x - 1));
    return { x, y: top, w, h: round2(Math.max(0, plot.y + plot.h - top)), title: b.title, cls: b.thin ? 'bar thin' : 'bar', label: b.label ?? '', labelX: round2(x + w / 2), labelY: round2(Math.max(plot.y + 10, top - 3)) };
  });
  const markers = (input.markers ?? []).filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y)).map((m) => ({ cx: sx(m.x), cy: sy(m.y), title: m.title }));
  return {
    title: input.title,
    width: W,
    height: H,
    plot: { ...plot, bottom: plot.y + plot.h, right: plot.x + plot.w },
    xTicks: niceTicks(input.x[0], input.x[1]).map((t) => ({ pos: sx(t), label: tickLabel(t) })),
    yTicks: niceTicks(input.y[0], input.y[1]).map((t) => ({ pos: sy(t), label: tickLabel(t) })),
    xLabel: { text: input.xLabel, x: plot.x + plot.w / 2, y: H - 6 },
    yLabel: { text: input.yLabel, x: 12, y: plot.y + plot.h / 2 },
    paths,
    bars,
    markers,
    note: input.note ?? '',
    ...(input.diagonal ? { diagonal: `M${sx(input.x[0])},${sy(input.y[0])}L${sx(input.x[1])},${sy(input.y[1])}` } : {}),
  };
}

function pathOf(s: XySeries, sx: (v: number) => number, sy: (v: number) => number): string {
  const parts: string[] = [];
  let started = false;
  const n = Math.min(s.x.length, s.y.length);
  for (let i = 0; i < n; i++) {
    const x = s.x[i];
    const y = s.y[i];
    if (x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    const px = sx(x);
    const py = sy(y);
    if (!started) parts.push(`M${px},${py}`);
    else if (s.step === 'hv') parts.push(`H${px}V${py}`);
    else if (s.step === 'vh') parts.push(`V${py}H${px}`);
    else parts.push(`L${px},${py}`);
    started = true;
  }
  return parts.join('');
}
