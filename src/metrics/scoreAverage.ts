import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { ScoreResult } from './scoreResult.js';
import type { ScoreMatrix } from './scoreMatrix.js';
import type { MetricWarning } from './types.js';

/** A binary score of 0/1 targets and scores, optionally weighted. */
export type BinaryScoreFn = (isPos: Uint8Array, scores: Float64Array, weights: Float64Array | null) => ScoreResult;

/** How per-class (one-vs-rest) scores are combined. */
export type ScoreAverage = 'macro' | 'weighted' | 'micro';

/**
 * sklearn's `_average_binary_score` for label-binarized multiclass targets: the binary metric of
 * each column (class `c` against the rest), averaged unweighted (`macro`), by the (weighted)
 * support of each class (`weighted`; classes with zero support count as 0, and a total support
 * of ~0 gives 0), or computed once on the raveled n·k cells (`micro`, weights repeated per cell).
 * Cost: k (or one n·k) binary metric evaluations.
 */
export function averageBinaryScore(
  metric: BinaryScoreFn,
  codes: Int32Array,
  m: ScoreMatrix,
  average: ScoreAverage,
  weights: Float64Array | null,
): ScoreResult {
  const { n, k } = m;
  if (average === 'micro') {
    const isPos = new Uint8Array(n * k);
    for (let i = 0; i < n; i++) isPos[i * k + codes[i]] = 1;
    let w: Float64Array | null = null;
    if (weights) {
      w = new Float64Array(n * k);
      for (let i = 0; i < n; i++) w.fill(weights[i], i * k, (i + 1) * k);
    }
    return metric(isPos, m.data, w);
  }
  const warnings: MetricWarning[] = [];
  const scores = new Float64Array(k);
  const col = new Float64Array(n);
  const isPos = new Uint8Array(n);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) {
      col[i] = m.data[i * k + c];
      isPos[i] = codes[i] === c ? 1 : 0;
    }
    const r = metric(isPos, col, weights);
    scores[c] = r.value;
    for (const w of r.warnings) if (!warnings.some((x) => x.message === w.message)) warnings.push(w);
  }
  if (average === 'macro') return { value: pairwiseSum(scores) / k, warnings };
  const support = new Float64Array(k);
  for (let i = 0; i < n; i++) support[codes[i]] += weights ? weights[i] : 1;
  if (Math.abs(pairwiseSum(support)) <= 1e-8) return { value: 0, warnings };
  const prod = new Float64Array(k);
  for (let c = 0; c < k; c++) prod[c] = support[c] === 0 ? 0 : scores[c] * support[c];
  return { value: pairwiseSum(prod) / pairwiseSum(support), warnings };
}

/** sklearn's `_average` ZeroDivisionError text when weights sum to zero. */
export const WEIGHTS_SUM_TO_ZERO = "Weights sum to zero, can't be normalized";
