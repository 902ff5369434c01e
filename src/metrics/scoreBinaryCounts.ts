import { descendingOrder } from './scoreSort.js';

/** Cumulative counts at each distinct score, highest score first (sklearn's fps/tps/thresholds). */
export interface BinaryCounts {
  /** Weight of negatives scored ≥ thresholds[i]; increasing; fps[last] is the negative total. */
  fps: Float64Array;
  /** Weight of positives scored ≥ thresholds[i]; increasing; tps[last] is the positive total. */
  tps: Float64Array;
  /** Distinct scores, decreasing. */
  thresholds: Float64Array;
}

/**
 * The fps/tps/thresholds of `sklearn.metrics.confusion_matrix_at_thresholds` (1.9) for 0/1
 * targets `isPos` and finite `scores`: zero-weight samples are dropped, the rest sorted by
 * descending score (stable), and the weights are summed cumulatively (sequentially, as
 * `np.cumsum`) up to the end of each block of tied scores. Without weights fps = 1 + idx − tps,
 * as sklearn computes it. Cost O(n) after an O(n) radix sort. Throws nothing (inputs are
 * validated by the callers).
 *
 * @example binaryCounts(Uint8Array.of(0, 0, 1, 1), Float64Array.of(0.1, 0.4, 0.35, 0.8), null).tps // [1, 1, 2, 2]
 */
export function binaryCounts(isPos: Uint8Array, scores: Float64Array, weights: Float64Array | null): BinaryCounts {
  let subset: Uint32Array | undefined;
  if (weights) {
    let nz = 0;
    for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) nz++;
    if (nz < weights.length) {
      subset = new Uint32Array(nz);
      for (let i = 0, j = 0; i < weights.length; i++) if (weights[i] !== 0) subset[j++] = i;
    }
  }
  const order = descendingOrder(scores, subset);
  const n = order.length;
  const sorted = new Float64Array(n);
  for (let k = 0; k < n; k++) sorted[k] = scores[order[k]];
  let distinct = n > 0 ? 1 : 0;
  for (let k = 1; k < n; k++) if (sorted[k] !== sorted[k - 1]) distinct++;
  const fps = new Float64Array(distinct);
  const tps = new Float64Array(distinct);
  const thresholds = new Float64Array(distinct);
  let tp = 0;
  let fp = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (weights) {
      if (isPos[i]) tp += weights[i];
      else fp += weights[i];
    } else if (isPos[i]) tp += 1;
    if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
      tps[j] = tp;
      fps[j] = weights ? fp : 1 + k - tp;
      thresholds[j] = sorted[k];
      j++;
    }
  }
  return { fps, tps, thresholds };
}

/**
 * Indices kept by sklearn's `drop_intermediate` on a ROC curve: the ends and every point where
 * `np.diff(fps, 2)` or `np.diff(tps, 2)` is non-zero (applied when there are more than 2 points).
 */
export function rocKeptIndices(fps: Float64Array, tps: Float64Array): Uint32Array {
  const m = fps.length;
  if (m <= 2) return Uint32Array.from({ length: m }, (_, i) => i);
  const keep = new Uint32Array(m);
  let c = 1;
  for (let i = 1; i < m - 1; i++) {
    const f = fps[i + 1] - fps[i] - (fps[i] - fps[i - 1]);
    const t = tps[i + 1] - tps[i] - (tps[i] - tps[i - 1]);
    if (f !== 0 || t !== 0) keep[c++] = i;
  }
  keep[c++] = m - 1;
  return keep.subarray(0, c);
}

/**
 * Indices kept by `drop_intermediate` on a precision-recall curve: the ends and every point whose
 * tps differs from its predecessor's or its successor's (applied when there are more than 2 points).
 */
export function prKeptIndices(tps: Float64Array): Uint32Array {
  const m = tps.length;
  if (m <= 2) return Uint32Array.from({ length: m }, (_, i) => i);
  const keep = new Uint32Array(m);
  let c = 1;
  for (let i = 1; i < m - 1; i++) if (tps[i] !== tps[i - 1] || tps[i + 1] !== tps[i]) keep[c++] = i;
  keep[c++] = m - 1;
  return keep.subarray(0, c);
}

/** `arr[idx]` as a new Float64Array. */
export function pick(arr: Float64Array, idx: Uint32Array): Float64Array {
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = arr[idx[k]];
  return out;
}
