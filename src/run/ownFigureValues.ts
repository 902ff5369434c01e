import type { ComparisonFigure } from '../contract/comparisonResults.js';
import type { Figure } from '../contract/results.js';

/**
 * Puts the runs' own values of a figure into its comparison when the paired recomputation is the
 * same figure summed in another order (equal to within 1e-9, relative): then `baseline`,
 * `candidate` and `delta` are exactly the runs' figures and their difference, whatever order the
 * journals list the records in. A recomputation over fewer units (examples in one run only, or an
 * error in one run) differs by more and keeps its own values. Mutates and returns `figures`.
 * Example: own 0.1 and 0.3, recomputed 0.1000000000000001 and 0.3 → delta 0.3 − 0.1.
 */
export function ownFigureValues(figures: ComparisonFigure[], baseline: Record<string, Figure>, candidate: Record<string, Figure>): ComparisonFigure[] {
  const same = (own: number | null | undefined, recomputed: number): own is number =>
    typeof own === 'number' && Number.isFinite(own) && Number.isFinite(recomputed) && Math.abs(own - recomputed) <= 1e-9 * Math.max(1, Math.abs(own));
  for (const f of figures) {
    const b = baseline[f.figure]?.value;
    const c = candidate[f.figure]?.value;
    if (!same(b, f.baseline) || !same(c, f.candidate)) continue;
    f.baseline = b;
    f.candidate = c;
    f.delta = c - b;
  }
  return figures;
}
