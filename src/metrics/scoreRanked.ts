import { descendingOrder } from './scoreSort.js';

/** Binary targets ranked once by descending score: what every weighted evaluation needs. */
export interface RankedBinary {
  /** Sample indices by descending score (stable). */
  order: Uint32Array;
  /** 1 where the sample at rank k is positive. */
  pos: Uint8Array;
  /** 1 where rank k is the last of its block of tied scores. */
  blockEnd: Uint8Array;
}

/** Sorts once (O(n) radix sort) and marks tie blocks. */
export function rankBinary(isPos: Uint8Array, scores: Float64Array): RankedBinary {
  const order = descendingOrder(scores);
  const n = order.length;
  const pos = new Uint8Array(n);
  const blockEnd = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    pos[k] = isPos[order[k]];
    blockEnd[k] = k === n - 1 || scores[order[k + 1]] !== scores[order[k]] ? 1 : 0;
  }
  return { order, pos, blockEnd };
}

/**
 * ROC AUC of ranked targets under weights (`undefined` = 1 each): Σ over tie blocks of
 * Δfp·(tp + tp_prev) / (2·P·N), the trapezoid rule with half credit for ties. NaN when either
 * class has zero total weight. O(n), no allocation.
 */
export function rankedRocAuc(r: RankedBinary, weights?: ArrayLike<number>): number {
  const { order, pos, blockEnd } = r;
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let prevFp = 0;
  let area = 0;
  for (let k = 0; k < order.length; k++) {
    const w = weights ? weights[order[k]] : 1;
    if (pos[k]) tp += w;
    else fp += w;
    if (blockEnd[k]) {
      area += (fp - prevFp) * (tp + prevTp);
      prevTp = tp;
      prevFp = fp;
    }
  }
  if (!(tp > 0 && fp > 0)) return NaN;
  return area / (2 * tp) / fp;
}

/**
 * Average precision of ranked targets under weights: Σ over tie blocks of Δtp·precision / P;
 * 0 when the positives have zero total weight (sklearn's value). O(n), no allocation.
 */
export function rankedAveragePrecision(r: RankedBinary, weights?: ArrayLike<number>): number {
  const { order, pos, blockEnd } = r;
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let sum = 0;
  for (let k = 0; k < order.length; k++) {
    const w = weights ? weights[order[k]] : 1;
    if (pos[k]) tp += w;
    else fp += w;
    if (blockEnd[k] && tp !== prevTp) {
      sum += ((tp - prevTp) * tp) / (tp + fp);
      prevTp = tp;
    }
  }
  return tp > 0 ? sum / tp : 0;
}

/**
 * DeLong (1988) AUC and variance in the O(n log n) form of Sun & Xu (2014), with weights read as
 * frequency weights (an integer weight equals that many repeated rows): per positive
 * V10 = (negatives below + ½ tied negatives)/N, per negative V01 = (positives above + ½ tied
 * positives)/P, AUC = mean V10, Var = S10/P + S01/N with S the (ddof = 1) sample variances.
 * NaN when a class is missing; the variance is NaN when a class has total weight ≤ 1.
 */
export function rankedDeLong(r: RankedBinary, weights?: ArrayLike<number>): { auc: number; variance: number } {
  const { order, pos, blockEnd } = r;
  let P = 0;
  let N = 0;
  for (let k = 0; k < order.length; k++) {
    const w = weights ? weights[order[k]] : 1;
    if (pos[k]) P += w;
    else N += w;
  }
  if (!(P > 0 && N > 0)) return { auc: NaN, variance: NaN };
  // Blocks: positive/negative weight and the weight of each class ranked above.
  let blocks = 0;
  for (let k = 0; k < order.length; k++) blocks += blockEnd[k];
  const bp = new Float64Array(blocks);
  const bn = new Float64Array(blocks);
  const above = new Float64Array(blocks);
  const negAbove = new Float64Array(blocks);
  let b = 0;
  let tp = 0;
  let fp = 0;
  let startTp = 0;
  let startFp = 0;
  for (let k = 0; k < order.length; k++) {
    const w = weights ? weights[order[k]] : 1;
    if (pos[k]) tp += w;
    else fp += w;
    if (blockEnd[k]) {
      bp[b] = tp - startTp;
      bn[b] = fp - startFp;
      above[b] = startTp;
      negAbove[b] = startFp;
      b++;
      startTp = tp;
      startFp = fp;
    }
  }
  let aucSum = 0;
  for (b = 0; b < blocks; b++) aucSum += bp[b] * (N - negAbove[b] - bn[b] / 2);
  const auc = aucSum / P / N;
  let s10 = 0;
  let s01 = 0;
  for (b = 0; b < blocks; b++) {
    if (bp[b] !== 0) s10 += bp[b] * ((N - negAbove[b] - bn[b] / 2) / N - auc) ** 2;
    if (bn[b] !== 0) s01 += bn[b] * ((above[b] + bp[b] / 2) / P - auc) ** 2;
  }
  const variance = s10 / (P - 1) / P + s01 / (N - 1) / N;
  return { auc, variance: P > 1 && N > 1 ? variance : NaN };
}
