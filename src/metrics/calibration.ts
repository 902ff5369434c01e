import { calibrationBin, calibrationEdges } from './calibrationBin.js';
import { checkConsistentLength, encodeTarget, indexOfLabel, toFiniteArray, toWeights } from './scoreLabels.js';
import { toScoreMatrix } from './scoreMatrix.js';
import type { Label } from './types.js';

/** One bin of a reliability diagram. Empty bins have count 0 and NaN accuracy/confidence. */
export interface CalibrationBin {
  lower: number;
  upper: number;
  /** Number (total weight) of samples whose confidence falls in (lower, upper]. */
  count: number;
  /** (Weighted) fraction of correct predictions in the bin. */
  accuracy: number;
  /** (Weighted) mean confidence in the bin. */
  confidence: number;
}

/** Expected and maximum calibration error with the per-bin data behind them. */
export interface CalibrationResult {
  ece: number;
  mce: number;
  bins: CalibrationBin[];
}

/** Options of {@link expectedCalibrationError}. */
export interface CalibrationOptions {
  /** Number M of equal-width bins (default 15, as Guo et al. 2017). */
  bins?: number;
  /** Per-sample weights (e.g. bootstrap counts). */
  sampleWeight?: ArrayLike<number>;
}

/**
 * Expected calibration error (Guo et al. 2017, "On Calibration of Modern Neural Networks"):
 * ECE = Σ_B |B|/n · |acc(B) − conf(B)| over M equal-width right-closed bins ((m−1)/M, m/M];
 * MCE = max over non-empty bins of |acc(B) − conf(B)|. Edge rule: a confidence of exactly 0 goes
 * into the first bin (the bins cover [0, 1]); the edges are numpy's `linspace(0, 1, M+1)` and a
 * value equal to an edge goes into the bin below it, exactly as sklearn's
 * `calibration_curve(strategy='uniform')` bins (`searchsorted(edges[1:-1], p)`). With weights,
 * |B| and n are total weights and acc/conf weighted means. Not in scikit-learn.
 * Cost: O(n + M), one pass. Throws for confidences outside [0, 1] or non-finite, correctness
 * values other than true/false/0/1, M not a positive integer, length mismatch, weights summing to 0.
 *
 * @example expectedCalibrationError([0.9, 0.9, 0.6, 0.6], [1, 0, 1, 1], { bins: 5 }).ece // 0.4
 */
export function expectedCalibrationError(
  confidence: ArrayLike<number>,
  correct: ArrayLike<boolean | 0 | 1>,
  opts: CalibrationOptions = {},
): CalibrationResult {
  const M = opts.bins ?? 15;
  if (!Number.isInteger(M) || M < 1) throw new Error(`bins must be a positive integer, got ${M}`);
  checkConsistentLength(confidence.length, correct.length, opts.sampleWeight?.length);
  const conf = toFiniteArray(confidence, 'confidence');
  const w = toWeights(opts.sampleWeight, conf.length);
  const edges = calibrationEdges(M);
  const count = new Float64Array(M);
  const hits = new Float64Array(M);
  const sumConf = new Float64Array(M);
  let total = 0;
  for (let i = 0; i < conf.length; i++) {
    const c = conf[i];
    if (!(c >= 0 && c <= 1)) throw new Error(`confidence must lie in [0, 1], got ${c} at index ${i}`);
    const ok = correct[i];
    if (ok !== true && ok !== false && ok !== 0 && ok !== 1) {
      throw new Error(`correct must hold booleans or 0/1, got ${String(ok)} at index ${i}`);
    }
    const b = calibrationBin(c, edges);
    const wi = w ? w[i] : 1;
    count[b] += wi;
    if (ok === true || ok === 1) hits[b] += wi;
    sumConf[b] += wi * c;
    total += wi;
  }
  if (total === 0) throw new Error("Weights sum to zero, can't be normalized");
  let ece = 0;
  let mce = 0;
  const bins: CalibrationBin[] = [];
  for (let m = 0; m < M; m++) {
    const n = count[m];
    const acc = n !== 0 ? hits[m] / n : NaN;
    const cf = n !== 0 ? sumConf[m] / n : NaN;
    if (n !== 0) {
      const gap = Math.abs(acc - cf);
      ece += (n / total) * gap;
      if (gap > mce) mce = gap;
    }
    bins.push({ lower: edges[m], upper: edges[m + 1], count: n, accuracy: acc, confidence: cf });
  }
  return { ece, mce, bins };
}

/**
 * Confidence and correctness from class-probability rows (columns in sorted-label order, or in
 * the order of `labels`): confidence = the row maximum, prediction = its column (ties take the
 * first maximum, as `np.argmax`), correct = prediction equals the true label. O(n·k).
 * Throws when the column count differs from the number of classes, or a true label is not among
 * `labels`, or probabilities are non-finite.
 *
 * @example confidenceFromProbabilities(['a', 'b'], [[0.7, 0.3], [0.5, 0.5]]) // { confidence: [0.7, 0.5], correct: [1, 0] }
 */
export function confidenceFromProbabilities(
  yTrue: ArrayLike<Label>,
  yProb: ArrayLike<ArrayLike<number>>,
  opts: { labels?: readonly Label[] } = {},
): { confidence: Float64Array; correct: Uint8Array } {
  checkConsistentLength(yTrue.length, yProb.length);
  const m = toScoreMatrix(yProb, 'y_prob');
  const target = encodeTarget(yTrue);
  const labels = opts.labels ?? target.classes;
  if (labels.length !== m.k) {
    throw new Error(`y_prob has ${m.k} columns but there are ${labels.length} classes; pass labels in column order`);
  }
  const map = target.classes.map((c) => indexOfLabel(labels, c));
  if (map.some((j) => j < 0)) throw new Error("'y_true' contains labels not in parameter 'labels'");
  const confidence = new Float64Array(m.n);
  const correct = new Uint8Array(m.n);
  for (let i = 0; i < m.n; i++) {
    let best = 0;
    for (let j = 1; j < m.k; j++) if (m.data[i * m.k + j] > m.data[i * m.k + best]) best = j;
    confidence[i] = m.data[i * m.k + best];
    correct[i] = map[target.codes[i]] === best ? 1 : 0;
  }
  return { confidence, correct };
}
