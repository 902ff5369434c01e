import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { chiSquare1Sf } from './chiSquare1Sf.js';

/** McNemar's test of two paired classifiers: the discordant counts, the statistic and the p-value. */
export interface McNemarResult {
  /** Pairs the baseline got right and the candidate wrong ("broken"). */
  b: number;
  /** Pairs the baseline got wrong and the candidate right ("fixed"). */
  c: number;
  /** Exact: min(b, c); chi-square: (|b − c| − 1)² / (b + c) (continuity-corrected) or (b − c)² / (b + c). */
  statistic: number;
  /** Two-sided p-value; NaN for the chi-square test when b + c = 0 (as statsmodels). */
  pvalue: number;
  test: 'mcnemar-exact' | 'mcnemar-chi2';
}

/**
 * McNemar's test on the discordant pairs b (baseline right, candidate wrong) and c (baseline wrong,
 * candidate right), as statsmodels 0.15 `mcnemar([[a, b], [c, d]], exact, correction)`:
 * exact p = min(1, 2·BinomCDF(min(b, c); b + c, ½)) (1 when b + c = 0); chi-square p = χ²₁ survival
 * function of the statistic (computed directly, so p = 2.5e-74 for b = 1000, c = 2000, not 0). Cost O(1) (the binomial CDF is a regularized incomplete beta).
 * Throws when b or c is not a non-negative integer.
 * @example mcnemar(10, 2).pvalue // 0.03857421875 (= 2 · 79/4096)
 */
export function mcnemar(b: number, c: number, options: { exact?: boolean; correction?: boolean } = {}): McNemarResult {
  for (const [name, v] of [['b', b], ['c', c]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`${name} must be a non-negative integer (got ${v})`);
  }
  const { exact = true, correction = true } = options;
  const n = b + c;
  if (exact) {
    const statistic = Math.min(b, c);
    const pvalue = n === 0 ? 1 : Math.min(1, 2 * binomialCdf(statistic, n, 0.5));
    return { b, c, statistic, pvalue, test: 'mcnemar-exact' };
  }
  const diff = Math.abs(b - c) - (correction ? 1 : 0);
  const statistic = (diff * diff) / n; // b = c = 0: Infinity with the correction, NaN without (as statsmodels)
  const pvalue = Number.isNaN(statistic) ? NaN : chiSquare1Sf(statistic); // the survival function: 1 − cdf underflows to 0
  return { b, c, statistic, pvalue, test: 'mcnemar-chi2' };
}
