/** How a figure's interval was computed. */
export type IntervalMethod = 'wilson' | 'bootstrap' | 'delong' | 'normal';

/**
 * One gate-able figure: a value and, when it has one, its confidence interval.
 * `value` is NaN when the figure is undefined on this data (written as null in results.json).
 */
export interface Figure {
  value: number;
  ci_low?: number;
  ci_high?: number;
  interval?: IntervalMethod;
  /** What a bare name stands for, e.g. `macro` for `f1`. */
  average?: string;
}

/** Figures keyed by canonical name (`f1.macro`, `recall.spam`, `accuracy`), in insertion order. */
export type Figures = Record<string, Figure>;
