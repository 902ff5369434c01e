import { pairwiseSum } from '../stats/pairwiseSum.js';

/**
 * `sklearn.metrics.auc(x, y)`: `np.trapezoid(y, x)` (terms `dx·(y[i+1]+y[i])/2` summed pairwise
 * as numpy does), negated when x is decreasing. O(m). Throws sklearn's messages for fewer than 2
 * points or a non-monotonic x.
 *
 * @example trapezoidArea(Float64Array.of(0, 0.5, 1), Float64Array.of(0, 1, 1)) // 0.75
 */
export function trapezoidArea(x: Float64Array, y: Float64Array): number {
  const m = x.length;
  if (m < 2) {
    throw new Error(`At least 2 points are needed to compute area under curve, but x.shape = (${m},)`);
  }
  const terms = new Float64Array(m - 1);
  let anyNeg = false;
  let allNonPos = true;
  for (let i = 0; i < m - 1; i++) {
    const dx = x[i + 1] - x[i];
    if (dx < 0) anyNeg = true;
    if (!(dx <= 0)) allNonPos = false;
    terms[i] = (dx * (y[i + 1] + y[i])) / 2.0;
  }
  let direction = 1;
  if (anyNeg) {
    if (!allNonPos) throw new Error('x is neither increasing nor decreasing.');
    direction = -1;
  }
  return direction * pairwiseSum(terms);
}

/**
 * `np.interp(x, [x0, x1], [y0, y1])` for x0 ≤ x < x1, in numpy's arithmetic (slope·(x−x0)+y0,
 * with its fallbacks when that is NaN).
 */
export function interpolate(x: number, x0: number, x1: number, y0: number, y1: number): number {
  if (x === x0) return y0;
  const slope = (y1 - y0) / (x1 - x0);
  let r = slope * (x - x0) + y0;
  if (Number.isNaN(r)) {
    r = slope * (x - x1) + y1;
    if (Number.isNaN(r) && y0 === y1) r = y0;
  }
  return r;
}
