import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

/**
 * One-sided exact McNemar p-values from the discordant pairs: broken (baseline right, candidate
 * wrong) and fixed (baseline wrong, candidate right). Under H0 each discordant pair is broken with
 * probability ½, so `p_worse` = P(X ≥ broken), X ~ Binomial(broken + fixed, ½), as scipy's
 * `binomtest(broken, broken + fixed, 0.5, alternative='greater')`; `p_better` likewise for fixed.
 * Computed as a lower tail (P(X ≥ k) = BinomCDF(n − k; n, ½) by symmetry), so it does not
 * underflow. No discordant pair gives 1 for both. O(1). Throws for negative or fractional counts.
 * @example mcnemarOneSided(5, 0).p_worse // 0.03125
 */
export function mcnemarOneSided(broken: number, fixed: number): { p_worse: number; p_better: number } {
  for (const [name, v] of [['broken', broken], ['fixed', fixed]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`${name} must be a non-negative integer (got ${v})`);
  }
  const n = broken + fixed;
  if (n === 0) return { p_worse: 1, p_better: 1 };
  return { p_worse: Math.min(1, binomialCdf(fixed, n, 0.5)), p_better: Math.min(1, binomialCdf(broken, n, 0.5)) };
}
