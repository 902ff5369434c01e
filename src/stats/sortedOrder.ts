/**
 * The indices of p-values in ascending order (ties keep their input order), after checking that
 * every p-value is in [0, 1] and α in (0, 1): the shared first step of {@link holm} and
 * {@link benjaminiHochberg}. Cost O(m log m). Throws on a bad p-value or α.
 * @example sortedOrder([0.3, 0.1, 0.2], 0.05) // [1, 2, 0]
 */
export function sortedOrder(pvalues: readonly number[], alpha: number): number[] {
  if (!(alpha > 0 && alpha < 1)) throw new Error(`alpha must be strictly between 0 and 1 (got ${alpha})`);
  pvalues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new Error(`p-values must be in [0, 1] (got ${p} at index ${i})`);
  });
  return pvalues.map((_, i) => i).sort((a, b) => pvalues[a] - pvalues[b] || a - b);
}
