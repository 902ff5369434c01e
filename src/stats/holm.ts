import { sortedOrder } from './sortedOrder.js';

/** A multiple-comparison correction: which hypotheses are rejected and the adjusted p-values. */
export interface Correction {
  reject: boolean[];
  /** Adjusted p-values in the input order, capped at 1. */
  adjusted: number[];
}

/**
 * Holm's step-down correction (family-wise error rate α), as statsmodels 0.15
 * `multipletests(p, alpha, method='holm')`: with p sorted ascending, reject while
 * p₍ᵢ₎ ≤ α/(m − i + 1) and stop at the first that is not; adjusted p₍ᵢ₎ = max_{j ≤ i} (m − j + 1)·p₍ⱼ₎,
 * capped at 1. For gates that block a release. Cost O(m log m).
 * Throws when a p-value is outside [0, 1] or NaN, or α is not in (0, 1).
 * @example holm([0.01, 0.04, 0.03], 0.05) // { reject: [true, false, false], adjusted: [0.03, 0.06, 0.06] }
 */
export function holm(pvalues: readonly number[], alpha = 0.05): Correction {
  const order = sortedOrder(pvalues, alpha);
  const m = pvalues.length;
  const reject = new Array<boolean>(m).fill(false);
  const adjusted = new Array<number>(m).fill(NaN);
  let stopped = false;
  let running = 0;
  order.forEach((idx, i) => {
    const p = pvalues[idx];
    if (!stopped && p <= alpha / (m - i)) reject[idx] = true;
    else stopped = true;
    running = Math.max(running, p * (m - i));
    adjusted[idx] = Math.min(1, running);
  });
  return { reject, adjusted };
}
