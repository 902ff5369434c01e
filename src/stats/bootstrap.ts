import type { Rng } from './rng.js';
import { multinomial } from './multinomial.js';
import { quantileSorted } from './quantile.js';

/** Options of {@link bootstrapCells} and {@link bootstrapRows}. */
export interface BootstrapOptions {
  /** Number of bootstrap resamples B (integer ≥ 1); default 1000. */
  resamples?: number;
  /** Two-sided confidence level in (0, 1); default 0.95. */
  confidence?: number;
  /** The generator driving the resampling; its state advances. */
  rng: Rng;
}

/** A percentile-bootstrap result. */
export interface BootstrapResult {
  /** The statistic on the observed data. */
  estimate: number;
  /** Percentile 100·(1 − confidence)/2 of the defined resampled statistics (NaN if none is defined). */
  low: number;
  /** Percentile 100 − 100·(1 − confidence)/2 of the defined resampled statistics. */
  high: number;
  /** Number of resamples drawn (B). */
  resamples: number;
  /** Resamples whose statistic was NaN: excluded from the percentiles and counted here. */
  undefinedResamples: number;
}

interface Checked {
  resamples: number;
  confidence: number;
  rng: Rng;
}

function checkOptions(options: BootstrapOptions): Checked {
  const { resamples = 1000, confidence = 0.95, rng } = options;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new Error(`resamples must be a positive integer (got ${resamples})`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`confidence must be strictly between 0 and 1 (got ${confidence})`);
  }
  if (rng === undefined || typeof rng.nextUint32 !== 'function') {
    throw new Error('rng must be a random source such as RandomState (nextUint32 and randomSample)');
  }
  return { resamples, confidence, rng };
}

/** Copies cell counts after checking them: non-negative integers, at least one, at most 2^32 − 1 in all. */
function checkCounts(counts: ArrayLike<number>): { observed: Float64Array; n: number } {
  const observed = new Float64Array(counts.length);
  let n = 0;
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j];
    if (!Number.isInteger(c) || c < 0) throw new Error(`counts must be non-negative integers (got ${c} at index ${j})`);
    observed[j] = c;
    n += c;
  }
  if (n === 0) throw new Error('counts must contain at least one observation');
  if (n > 0xffffffff) throw new Error(`the total count must be at most 2**32 - 1 (got ${n})`);
  return { observed, n };
}

/**
 * Runs `draw` B times into `buffer`, applies `statistic`, and returns the percentile interval
 * with the levels numpy users write: np.percentile(stats, [100·α/2, 100 − 100·α/2]), α = 1 − confidence.
 */
function percentileBootstrap(
  buffer: Float64Array,
  draw: (buffer: Float64Array) => void,
  statistic: (buffer: Float64Array) => number,
  estimate: number,
  { resamples, confidence }: Checked,
): BootstrapResult {
  const values = new Float64Array(resamples);
  let defined = 0;
  for (let b = 0; b < resamples; b++) {
    draw(buffer);
    const v = statistic(buffer);
    if (Number.isNaN(v)) continue;
    values[defined++] = v;
  }
  const undefinedResamples = resamples - defined;
  if (defined === 0) return { estimate, low: NaN, high: NaN, resamples, undefinedResamples };
  const sorted = values.subarray(0, defined).sort();
  const lowPercent = (100 - 100 * confidence) / 2;
  return {
    estimate,
    low: quantileSorted(sorted, lowPercent / 100),
    high: quantileSorted(sorted, (100 - lowPercent) / 100),
    resamples,
    undefinedResamples,
  };
}

/**
 * Percentile bootstrap of a statistic of cell counts (a confusion matrix, flattened): resampling n
 * examples with replacement is drawing the cell counts from Multinomial(n, counts / n), so each
 * resample costs O(K) binomial draws instead of O(n). `statistic` receives one reused Float64Array
 * of K resampled counts (it must not keep it) and returns a number; NaN marks the resample undefined.
 * Cost: O(B·(K + cost of statistic)) time, O(B + K) memory. Deterministic given the rng state.
 * Throws when a count is not a non-negative integer, all counts are 0, or an option is invalid.
 * @example bootstrapCells([30, 70], (c) => c[1] / 100, { rng: new RandomState(0) }) // { estimate: 0.7, low: 0.61, high: 0.79, resamples: 1000, undefinedResamples: 0 }
 */
export function bootstrapCells(
  counts: ArrayLike<number>,
  statistic: (resampled: Float64Array) => number,
  options: BootstrapOptions,
): BootstrapResult {
  const opts = checkOptions(options);
  const { observed, n } = checkCounts(counts);
  const weights = observed.slice();
  const estimate = statistic(observed);
  const { rng } = opts;
  return percentileBootstrap(
    observed,
    (buf) => multinomial(rng, n, weights, buf),
    statistic,
    estimate,
    opts,
  );
}

/**
 * Percentile bootstrap of a statistic over n rows that is not a function of cell counts: each
 * resample is an n-out-of-n draw with replacement, given to `statistic` as one reused Float64Array
 * of per-row multiplicities (weights summing to n; it must not keep it). The observed estimate uses
 * all-ones weights. The multiplicities equal numpy's `np.bincount(rs.randint(0, n, n), minlength=n)`
 * for the same Rng. NaN from the statistic marks the resample undefined.
 * Cost: O(B·(n + cost of statistic)) time, O(B + n) memory.
 * Throws unless 1 ≤ n ≤ 2^32 − 1 is an integer, or an option is invalid.
 * @example bootstrapRows(1, (w) => w[0], { rng: new RandomState(0) }) // { estimate: 1, low: 1, high: 1, resamples: 1000, undefinedResamples: 0 }
 */
export function bootstrapRows(
  n: number,
  statistic: (weights: Float64Array) => number,
  options: BootstrapOptions,
): BootstrapResult {
  const opts = checkOptions(options);
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) {
    throw new Error(`n must be an integer between 1 and 2**32 - 1 (got ${n})`);
  }
  const weights = new Float64Array(n).fill(1);
  const estimate = statistic(weights);
  return percentileBootstrap(weights, rowDraw(n, opts.rng), statistic, estimate, opts);
}

/**
 * A drawer of n-out-of-n resamples: each call writes the row multiplicities of one resample into a
 * buffer of n (masked rejection, as numpy's `np.bincount(rs.randint(0, n, n), minlength=n)`).
 * Cost O(n) per call. Shared by {@link bootstrapRows} and the paired bootstrap.
 * @example rowDraw(1, new RandomState(0))(buf) // buf = [1]
 */
export function rowDraw(n: number, rng: Rng): (buf: Float64Array) => void {
  const max = n - 1;
  let mask = max;
  for (let s = 1; s < 32; s <<= 1) mask |= mask >>> s;
  mask >>>= 0;
  return (buf: Float64Array): void => {
    if (max === 0) {
      buf[0] = 1;
      return;
    }
    buf.fill(0);
    for (let i = 0; i < n; i++) {
      let v: number;
      do v = (rng.nextUint32() & mask) >>> 0;
      while (v > max);
      buf[v]++;
    }
  };
}

/**
 * {@link bootstrapRows} for m statistics at once, all read off the same resamples: `statistic`
 * writes the m values of one resample (weights as in bootstrapRows) into `out`. Use it when the m
 * figures share their costly work, e.g. per-label counts from which every average follows.
 * Cost: O(B·(n + cost of statistic)) time, O(B·m + n) memory.
 * @example bootstrapRowsMany(2, 1, (w, out) => { out[0] = w[0]; }, { rng: new RandomState(0) })[0].estimate // 1
 */
export function bootstrapRowsMany(
  n: number,
  m: number,
  statistic: (weights: Float64Array, out: Float64Array) => void,
  options: BootstrapOptions,
): BootstrapResult[] {
  const opts = checkOptions(options);
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) {
    throw new Error(`n must be an integer between 1 and 2**32 - 1 (got ${n})`);
  }
  const weights = new Float64Array(n).fill(1);
  const out = new Float64Array(m);
  statistic(weights, out);
  const estimates = Array.from(out);
  const draw = rowDraw(n, opts.rng);
  return manyPercentiles(estimates, opts, () => {
    draw(weights);
    statistic(weights, out);
    return out;
  });
}

/**
 * {@link bootstrapCells} for m statistics at once, all read off the same multinomial resamples of
 * the cells: `statistic` writes the m values of one resample into `out`. Figures that share work
 * (every precision/recall/F of one confusion matrix) then pay for it once per resample.
 * Cost: O(B·(K + cost of statistic)) time, O(B·m + K) memory.
 * @example bootstrapCellsMany([3, 7], 1, (c, out) => { out[0] = c[1] / 10; }, { rng: new RandomState(0) })[0].estimate // 0.7
 */
export function bootstrapCellsMany(
  counts: ArrayLike<number>,
  m: number,
  statistic: (resampled: Float64Array, out: Float64Array) => void,
  options: BootstrapOptions,
): BootstrapResult[] {
  const opts = checkOptions(options);
  const { observed, n } = checkCounts(counts);
  const k = observed.length;
  const out = new Float64Array(m);
  statistic(observed.slice(), out);
  const estimates = Array.from(out);
  const buffer = new Float64Array(k);
  return manyPercentiles(estimates, opts, (b) => {
    multinomial(opts.rng, n, observed, buffer);
    statistic(buffer, out);
    return out;
  });
}

/** Runs B resamples of an m-vector statistic and takes each component's percentile interval. */
function manyPercentiles(estimates: number[], opts: Checked, resample: (b: number) => Float64Array): BootstrapResult[] {
  const m = estimates.length;
  const values = new Float64Array(opts.resamples * m);
  for (let b = 0; b < opts.resamples; b++) values.set(resample(b), b * m);
  const lowPercent = (100 - 100 * opts.confidence) / 2;
  return estimates.map((estimate, j) => {
    const column = new Float64Array(opts.resamples);
    let defined = 0;
    for (let b = 0; b < opts.resamples; b++) {
      const v = values[b * m + j];
      if (!Number.isNaN(v)) column[defined++] = v;
    }
    const undefinedResamples = opts.resamples - defined;
    if (defined === 0) return { estimate, low: NaN, high: NaN, resamples: opts.resamples, undefinedResamples };
    const sorted = column.subarray(0, defined).sort();
    return {
      estimate,
      low: quantileSorted(sorted, lowPercent / 100),
      high: quantileSorted(sorted, (100 - lowPercent) / 100),
      resamples: opts.resamples,
      undefinedResamples,
    };
  });
}
