import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Mean, sample standard deviation (n − 1), min, max and a Student-t interval of the mean. */
export interface Spread {
  mean: number;
  std: number;
  min: number;
  max: number;
  ci_low: number;
  ci_high: number;
}

/**
 * Summarises values (e.g. one figure across cross-validation folds): mean, sample standard deviation
 * (ddof 1, as the spread of fold scores), min, max, and the t-interval mean ± t(1−α/2, n−1)·s/√n.
 * NaN values are left out; fewer than two values give NaN std and interval. Cost: O(n).
 * Example: `spread([0.8, 0.9, 1.0], 0.95)` → mean 0.9, std 0.1, interval 0.9 ± 4.303·0.1/√3.
 */
export function spread(values: readonly number[], confidence: number): Spread {
  const xs = values.filter((v) => !Number.isNaN(v));
  const n = xs.length;
  if (n === 0) return { mean: NaN, std: NaN, min: NaN, max: NaN, ci_low: NaN, ci_high: NaN };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  if (n < 2) return { mean, std: NaN, min, max, ci_low: NaN, ci_high: NaN };
  const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const half = (tQuantile(1 - (1 - confidence) / 2, n - 1) * std) / Math.sqrt(n);
  return { mean, std, min, max, ci_low: mean - half, ci_high: mean + half };
}
