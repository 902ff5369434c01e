import { twoSidedZ } from './normalQuantile.js';

/** A point estimate with a two-sided confidence interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** Options of {@link wilsonInterval}. */
export interface WilsonOptions {
  /** Two-sided confidence level in (0, 1); default 0.95. */
  confidence?: number;
}

/**
 * The Wilson score interval for a proportion successes / n, matching statsmodels
 * `proportion_confint(successes, n, alpha=1 - confidence, method='wilson')` (same operation order,
 * z = scipy `norm.isf((1 − confidence)/2)`, bounds clipped to [0, 1]):
 * center = (p̂ + z²/2n)/(1 + z²/n), half = z·√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n).
 * The interval always contains p̂ (x = 0 gives low exactly 0, x = n high exactly 1; statsmodels can
 * be off by ~1e-17 there). n = 0 (no trials) gives estimate NaN and the uninformative interval [0, 1] (statsmodels gives NaN);
 * a gate on `low` then fails rather than passing by accident. Counts need not be integers (weights).
 * Cost O(1). Throws unless 0 ≤ successes ≤ n are finite numbers and 0 < confidence < 1.
 * @example wilsonInterval(3, 10) // { estimate: 0.3, low: 0.10779126740630099, high: 0.6032218525388546 }
 */
export function wilsonInterval(successes: number, n: number, options: WilsonOptions = {}): Interval {
  const { confidence = 0.95 } = options;
  if (!Number.isFinite(n) || n < 0) throw new Error(`n must be a non-negative finite number (got ${n})`);
  if (!Number.isFinite(successes) || successes < 0 || successes > n) {
    throw new Error(`successes must be between 0 and n=${n} (got ${successes})`);
  }
  const z = twoSidedZ(confidence);
  if (n === 0) return { estimate: NaN, low: 0, high: 1 };
  const q = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (q + z2 / (2 * n)) / denom;
  const dist = (z * Math.sqrt((q * (1 - q)) / n + z2 / (4 * n * n))) / denom;
  // Clip to [0, 1] like statsmodels; also keep the estimate inside, so 0/n gives low exactly 0 and
  // n/n high exactly 1 (statsmodels can return ±1e-17 there from rounding).
  return {
    estimate: q,
    low: Math.min(q, Math.max(0, center - dist)),
    high: Math.max(q, Math.min(1, center + dist)),
  };
}
