/**
 * The joint (label, baseline prediction, candidate prediction) cell counts of n paired predictions
 * over K classes coded 0..K−1: cell (t·K + a)·K + c counts the pairs with label t, baseline
 * prediction a and candidate prediction c. The input of {@link pairedBootstrapCells} for
 * confusion-matrix figures. Cost O(n + K³). Throws when the arrays differ in length or a code is
 * outside 0..K−1.
 * @example pairedCells([0, 1], [0, 0], [0, 1], 2) // Float64Array [1, 0, 0, 0, 0, 1, 0, 0]
 */
export function pairedCells(labels: ArrayLike<number>, baseline: ArrayLike<number>, candidate: ArrayLike<number>, k: number): Float64Array {
  const n = labels.length;
  if (baseline.length !== n || candidate.length !== n) throw new Error(`labels, baseline and candidate must have one entry per pair (got ${n}, ${baseline.length}, ${candidate.length})`);
  const counts = new Float64Array(k * k * k);
  for (let i = 0; i < n; i++) {
    const t = labels[i];
    const a = baseline[i];
    const c = candidate[i];
    if (!(t >= 0 && t < k && a >= 0 && a < k && c >= 0 && c < k)) throw new Error(`codes must be integers in 0..${k - 1} (pair ${i}: ${t}, ${a}, ${c})`);
    counts[(t * k + a) * k + c]++;
  }
  return counts;
}

/**
 * Splits joint cells into the baseline's and the candidate's K×K confusion matrices (row-major,
 * rows = labels), written into `baseline` and `candidate`. Cost O(K³), no allocation.
 * @example splitPairedCells(pairedCells([0, 1], [0, 0], [0, 1], 2), 2, a, b) // a = [1, 0, 1, 0], b = [1, 0, 0, 1]
 */
export function splitPairedCells(joint: ArrayLike<number>, k: number, baseline: Float64Array, candidate: Float64Array): void {
  baseline.fill(0);
  candidate.fill(0);
  for (let t = 0; t < k; t++) {
    for (let a = 0; a < k; a++) {
      const at = (t * k + a) * k;
      for (let c = 0; c < k; c++) {
        const x = joint[at + c];
        if (x === 0) continue;
        baseline[t * k + a] += x;
        candidate[t * k + c] += x;
      }
    }
  }
}
