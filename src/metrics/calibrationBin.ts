/**
 * The M + 1 edges of equal-width calibration bins over [0, 1], as numpy's `linspace(0, 1, M + 1)`
 * computes them (m · (1/M), last edge exactly 1). O(M).
 * @example calibrationEdges(4) // Float64Array [0, 0.25, 0.5, 0.75, 1]
 */
export function calibrationEdges(bins: number): Float64Array {
  const edges = new Float64Array(bins + 1);
  const step = 1 / bins;
  for (let m = 0; m < bins; m++) edges[m] = m * step;
  edges[bins] = 1;
  return edges;
}

/**
 * The bin (0-based) of a confidence c in [0, 1] among right-closed bins ((m−1)/M, m/M] with
 * numpy's edges: a value equal to an edge goes into the bin below it, 0 into the first bin, as
 * sklearn's `calibration_curve(strategy='uniform')` (`searchsorted(edges[1:-1], c)`). The one
 * binning rule of the ECE point estimate and its bootstrap. O(1).
 * @example calibrationBin(5 / 6, calibrationEdges(6)) // 5 (edge 5 is 0.8333333333333333 < 5/6)
 */
export function calibrationBin(c: number, edges: Float64Array): number {
  const M = edges.length - 1;
  let b = Math.min(M - 1, Math.max(0, Math.ceil(c * M) - 1));
  while (b > 0 && c <= edges[b]) b--;
  while (b < M - 1 && c > edges[b + 1]) b++;
  return b;
}
