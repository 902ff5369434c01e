import type { Correction } from './holm.js';
import { sortedOrder } from './sortedOrder.js';

/**
 * Benjamini–Hochberg false-discovery-rate correction, as statsmodels 0.15
 * `multipletests(p, alpha, method='fdr_bh')`: with p sorted ascending, k = max{i : p₍ᵢ₎ ≤ i·α/m} and
 * the k smallest are rejected; adjusted p₍ᵢ₎ = min_{j ≥ i} m·p₍ⱼ₎/j, capped at 1. For advisory
 * (warning) comparisons. Cost O(m log m). Throws as {@link holm}.
 * @example benjaminiHochberg([0.01, 0.04, 0.03], 0.05) // { reject: [true, true, true], adjusted: [0.03, 0.04, 0.04] }
 */
export function benjaminiHochberg(pvalues: readonly number[], alpha = 0.05): Correction {
  const order = sortedOrder(pvalues, alpha);
  const m = pvalues.length;
  let k = -1;
  order.forEach((idx, i) => {
    if (pvalues[idx] <= ((i + 1) / m) * alpha) k = i;
  });
  const reject = new Array<boolean>(m).fill(false);
  const adjusted = new Array<number>(m).fill(NaN);
  let running = Infinity;
  for (let i = m - 1; i >= 0; i--) {
    const idx = order[i];
    running = Math.min(running, pvalues[idx] / ((i + 1) / m));
    adjusted[idx] = Math.min(1, running);
    reject[idx] = i <= k;
  }
  return { reject, adjusted };
}
