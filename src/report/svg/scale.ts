/** A linear map from a data interval onto a pixel interval (either may be reversed). */
export type Scale = (v: number) => number;

/**
 * The linear scale taking `domain` onto `range`, rounded to 0.01 px so that SVG coordinates stay
 * short. A zero-width domain maps everything to the middle of the range. Cost O(1) per call.
 * Example: `linearScale([0, 1], [0, 200])(0.25)` → `50`.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0) return () => round2((r0 + r1) / 2);
  return (v) => round2(r0 + ((v - d0) / span) * (r1 - r0));
}

/** Rounds to two decimals (SVG coordinates). Example: `round2(1.23456)` → `1.23`. */
export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten, about `count`
 * of them. Cost O(count). Example: `niceTicks(0, 1, 5)` → `[0, 0.2, 0.4, 0.6, 0.8, 1]`.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi === lo) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** A tick's label: integers as such, otherwise up to 3 significant decimals. Example: `tickLabel(0.25)` → `"0.25"`. */
export function tickLabel(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
}
