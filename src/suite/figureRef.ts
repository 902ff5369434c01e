/** The statistic of a figure a gate may read: its value or a bound of its interval. */
export type FigureStat = 'value' | 'ci_low' | 'ci_high';

/** A figure reference resolved against what a suite computes. */
export interface FigureRef {
  /** Canonical name of the figure without its statistic, e.g. `f1.macro`, `recall.spam`, `f1` (= the default average). */
  name: string[];
  stat: FigureStat;
  /** Set when the second segment names a label: it is checked against the data's labels once they are known. */
  label?: string;
}
