/** A class label as it appears in the data: a string or a number (JSON numbers, CSV cells stay strings). */
export type Label = string | number;

/** `zero_division` as scikit-learn defines it: the value used when a ratio's denominator is 0. */
export type ZeroDivision = 0 | 1 | 'nan' | 'warn';

/** Averages accepted by precision/recall/F-beta, as scikit-learn names them (`null` = per label). */
export type Average = 'binary' | 'micro' | 'macro' | 'weighted' | 'samples' | null;

/**
 * A warning a metric raised instead of failing (scikit-learn's `UndefinedMetricWarning` and the like).
 * Pure functions return their warnings; the caller decides whether and where to show them.
 */
export interface MetricWarning {
  code: string;
  message: string;
}

/** Warning code of scikit-learn's `UndefinedMetricWarning` (a ratio with a zero denominator, one class present). */
export const UNDEFINED_METRIC = 'undefined-metric';
