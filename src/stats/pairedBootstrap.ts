import type { Rng } from './rng.js';
import { multinomial } from './multinomial.js';
import { quantileSorted } from './quantile.js';
import { rowDraw } from './bootstrap.js';

/** Options of the paired bootstrap. */
export interface PairedBootstrapOptions {
  /** Resamples B (integer ≥ 1); default 10,000. */
  resamples?: number;
  /** Two-sided confidence level of the percentile interval, in (0, 1); default 0.95. */
  confidence?: number;
  rng: Rng;
}

/** The paired-bootstrap distribution of one difference δ = candidate − baseline. */
export interface PairedBootstrapResult {
  /** δ on the observed data. */
  estimate: number;
  /** Percentiles 100·α/2 and 100 − 100·α/2 of the defined δ* (numpy's default percentile). */
  low: number;
  high: number;
  resamples: number;
  /** Resamples whose δ* was NaN: left out of the percentiles and the p-values. */
  undefinedResamples: number;
  /** Koehn's p-value #{δ* ≤ 0}/B: small when the candidate is better. */
  pNotGreater: number;
  /** #{δ* ≥ 0}/B: small when the candidate is worse. */
  pNotLess: number;
}

function checked(options: PairedBootstrapOptions): { resamples: number; confidence: number; rng: Rng } {
  const { resamples = 10_000, confidence = 0.95, rng } = options;
  if (!Number.isInteger(resamples) || resamples < 1) throw new Error(`resamples must be a positive integer (got ${resamples})`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`confidence must be strictly between 0 and 1 (got ${confidence})`);
  if (rng === undefined || typeof rng.nextUint32 !== 'function') throw new Error('rng must be a random source such as RandomState');
  return { resamples, confidence, rng };
}

/** Percentile interval and one-sided p-values of each of m columns of B resampled deltas. */
function summarise(estimates: readonly number[], values: Float64Array, resamples: number, confidence: number): PairedBootstrapResult[] {
  const m = estimates.length;
  const lowQ = (100 - 100 * confidence) / 2 / 100;
  return estimates.map((estimate, j) => {
    const column = new Float64Array(resamples);
    let defined = 0;
    let le = 0;
    let ge = 0;
    for (let b = 0; b < resamples; b++) {
      const v = values[b * m + j];
      if (Number.isNaN(v)) continue;
      column[defined++] = v;
      if (v <= 0) le++;
      if (v >= 0) ge++;
    }
    const base = { estimate, resamples, undefinedResamples: resamples - defined };
    if (defined === 0) return { ...base, low: NaN, high: NaN, pNotGreater: NaN, pNotLess: NaN };
    const sorted = column.subarray(0, defined).sort();
    return { ...base, low: quantileSorted(sorted, lowQ), high: quantileSorted(sorted, 1 - lowQ), pNotGreater: le / defined, pNotLess: ge / defined };
  });
}

/**
 * Paired bootstrap of m differences that are functions of joint cell counts, e.g. the
 * (label, baseline prediction, candidate prediction) cells of {@link pairedCells}: resampling the n
 * pairs is drawing the cells from Multinomial(n, counts/n), so both models see the same resample
 * at O(K) binomial draws each (REFERENCES.md, "Comparing two models"). `delta` gets one reused
 * buffer of resampled counts and writes the m differences into `out`; NaN marks one undefined.
 * Cost O(B·(K + cost of delta)) time, O(B·m + K) memory. Deterministic given the rng state.
 * Throws when a count is not a non-negative integer, all are 0, or an option is invalid.
 * @example pairedBootstrapCells([0, 5, 0, 5], 1, (c, o) => { o[0] = (c[1] - c[2]) / 10; }, { rng: new RandomState(1) })[0].pNotGreater // 0
 */
export function pairedBootstrapCells(
  counts: ArrayLike<number>,
  m: number,
  delta: (cells: Float64Array, out: Float64Array) => void,
  options: PairedBootstrapOptions,
): PairedBootstrapResult[] {
  const { resamples, confidence, rng } = checked(options);
  const k = counts.length;
  const observed = new Float64Array(k);
  let n = 0;
  for (let j = 0; j < k; j++) {
    const c = counts[j];
    if (!Number.isInteger(c) || c < 0) throw new Error(`counts must be non-negative integers (got ${c} at index ${j})`);
    observed[j] = c;
    n += c;
  }
  if (n === 0) throw new Error('counts must contain at least one pair');
  const out = new Float64Array(m);
  delta(observed.slice(), out);
  const estimates = Array.from(out);
  const buffer = new Float64Array(k);
  const values = new Float64Array(resamples * m);
  for (let b = 0; b < resamples; b++) {
    multinomial(rng, n, observed, buffer);
    delta(buffer, out);
    values.set(out, b * m);
  }
  return summarise(estimates, values, resamples, confidence);
}

/**
 * Paired bootstrap of m differences over n pairs that are not functions of cell counts (a score-based
 * figure, a failure rate over perturbations): each resample draws n of the n pairs with replacement,
 * handed to `delta` as one reused buffer of per-pair multiplicities (numpy's
 * `np.bincount(rs.randint(0, n, n), minlength=n)` for the same Rng), the same for both models.
 * Cost O(B·(n + cost of delta)) time, O(B·m + n) memory. Throws unless 1 ≤ n ≤ 2^32 − 1.
 * @example pairedBootstrapRows(1, 1, (w, o) => { o[0] = 0; }, { rng: new RandomState(0) })[0].low // 0
 */
export function pairedBootstrapRows(
  n: number,
  m: number,
  delta: (weights: Float64Array, out: Float64Array) => void,
  options: PairedBootstrapOptions,
): PairedBootstrapResult[] {
  const { resamples, confidence, rng } = checked(options);
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) throw new Error(`n must be an integer between 1 and 2**32 - 1 (got ${n})`);
  const weights = new Float64Array(n).fill(1);
  const out = new Float64Array(m);
  delta(weights, out);
  const estimates = Array.from(out);
  const draw = rowDraw(n, rng);
  const values = new Float64Array(resamples * m);
  for (let b = 0; b < resamples; b++) {
    draw(weights);
    delta(weights, out);
    values.set(out, b * m);
  }
  return summarise(estimates, values, resamples, confidence);
}
