import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** The corrected resampled t-test of per-split differences. */
export interface CorrectedTTestResult {
  /** Mean difference d̄ over the J splits (candidate − baseline). */
  estimate: number;
  statistic: number;
  df: number;
  /** Two-sided p-value, and the one-sided ones for H₁: δ < 0 and H₁: δ > 0. */
  pvalue: number;
  pLess: number;
  pGreater: number;
  /** The t-interval d̄ ± t(1 − α/2, J − 1)·√((1/J + n_test/n_train)·s²). */
  low: number;
  high: number;
  test: 'corrected-resampled-t';
}

/**
 * Nadeau & Bengio's (2003) corrected resampled t-test for two models scored on the same J splits:
 * t = d̄ / √((1/J + n_test/n_train)·s²), s² the sample variance (ddof 1) of the differences,
 * df = J − 1; p-values from Student's t (scipy.stats.t semantics, checked against scipy 1.17
 * fixtures). NaN differences are left out. With s² = 0 the statistic is ±Infinity (or NaN when
 * d̄ = 0). Cost O(J). Throws when fewer than 2 differences remain, n_train or n_test is not
 * positive, or confidence is not in (0, 1).
 * @example correctedTTest([0.02, 0.03, 0.01, 0.02, 0.02], 80, 20).statistic // 4.216370213557839 (= 0.02 / √(0.45 · 0.00005))
 */
export function correctedTTest(differences: readonly number[], nTrain: number, nTest: number, confidence = 0.95): CorrectedTTestResult {
  const d = differences.filter((x) => !Number.isNaN(x));
  const j = d.length;
  if (j < 2) throw new Error(`the corrected resampled t-test needs at least 2 splits (got ${j})`);
  if (!(nTrain > 0) || !(nTest > 0)) throw new Error(`n_train and n_test must be positive (got ${nTrain} and ${nTest})`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`confidence must be strictly between 0 and 1 (got ${confidence})`);
  const mean = d.reduce((a, b) => a + b, 0) / j;
  const variance = d.reduce((a, b) => a + (b - mean) ** 2, 0) / (j - 1);
  const se = Math.sqrt((1 / j + nTest / nTrain) * variance);
  const statistic = mean / se;
  const df = j - 1;
  const cdf = Number.isNaN(statistic) ? NaN : tCdf(statistic, df);
  const pLess = cdf;
  const pGreater = Number.isNaN(statistic) ? NaN : tCdf(-statistic, df);
  const pvalue = Number.isNaN(cdf) ? NaN : Math.min(1, 2 * Math.min(pLess, pGreater));
  const half = tQuantile(1 - (1 - confidence) / 2, df) * se;
  return { estimate: mean, statistic, df, pvalue, pLess, pGreater, low: mean - half, high: mean + half, test: 'corrected-resampled-t' };
}
