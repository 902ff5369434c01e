/**
 * Probability that LSH banding makes a pair with Jaccard similarity `j` a candidate: some band of
 * `rows` MinHash values agrees entirely, i.e. 1 − (1 − j^rows)^bands. O(1). Throws nothing.
 * @example lshRecall(0.8, 16, 4) // 0.99978... (1 − (1 − 0.4096)^16)
 */
export function lshRecall(j: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(j, rows), bands);
}

/** Recall asked of the automatic banding at the threshold itself. */
export const LSH_TARGET_RECALL = 0.995;

/**
 * The banding for `numHashes` MinHash values and a Jaccard threshold: the most rows per band
 * (fewest false candidates) whose recall at the threshold is still ≥ 0.995, with as many bands as
 * fit (`bands = ⌊numHashes / rows⌋`). Pairs above the threshold are found with higher probability.
 * With `bands` given, `rows = ⌊numHashes / bands⌋`. Cost O(numHashes). Throws when `bands` is not
 * an integer in [1, numHashes].
 * @example lshBands(0.8, 64) // { bands: 16, rows: 4 }
 */
export function lshBands(threshold: number, numHashes: number, bands?: number): { bands: number; rows: number } {
  if (bands !== undefined) {
    if (!Number.isInteger(bands) || bands < 1 || bands > numHashes) {
      throw new Error(`bands must be an integer between 1 and numHashes=${numHashes} (got ${bands})`);
    }
    return { bands, rows: Math.floor(numHashes / bands) };
  }
  let best = { bands: numHashes, rows: 1 };
  for (let rows = 2; rows <= numHashes; rows++) {
    const b = Math.floor(numHashes / rows);
    if (lshRecall(threshold, b, rows) < LSH_TARGET_RECALL) break;
    best = { bands: b, rows };
  }
  return best;
}
