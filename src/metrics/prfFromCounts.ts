import type { LabelCounts } from './labelCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { Average, MetricWarning, ZeroDivision } from './types.js';

/** The metrics whose undefined values raise a warning (sklearn's `warn_for`). */
export type WarnFor = 'precision' | 'recall' | 'f-score';

import { UNDEFINED_METRIC } from './types.js';
export { UNDEFINED_METRIC };

/** The value sklearn substitutes for 0/0 (`_check_zero_division`); throws for an invalid setting. */
export function zeroDivisionValue(zeroDivision: ZeroDivision | number): number {
  if (zeroDivision === 'warn' || zeroDivision === 0) return 0;
  if (zeroDivision === 1) return 1;
  if (zeroDivision === 'nan' || Number.isNaN(zeroDivision)) return NaN;
  throw new Error(
    `The 'zero_division' parameter must be a float among {0.0, 1.0}, a str among {'warn'} or nan. Got ${String(zeroDivision)} instead.`,
  );
}

/** sklearn's `_warn_prf` message. */
export function prfWarning(average: Average, modifier: string, msgStart: string, resultSize: number): MetricWarning {
  const [axis0, axis1] = average === 'samples' ? ['label', 'sample'] : ['sample', 'label'];
  const where = resultSize === 1 ? 'due to' : `in ${axis1}s with`;
  return {
    code: UNDEFINED_METRIC,
    message: `${msgStart} ill-defined and being set to 0.0 ${where} no ${modifier} ${axis0}s. Use \`zero_division\` parameter to control this behavior.`,
  };
}

function divide(
  num: Float64Array,
  den: Float64Array,
  metric: WarnFor,
  modifier: string,
  s: PrfSettings,
  warnings: MetricWarning[],
): Float64Array {
  const out = new Float64Array(num.length);
  let undefinedSeen = false;
  const zd = zeroDivisionValue(s.zeroDivision);
  for (let i = 0; i < num.length; i++) {
    if (den[i] === 0) {
      undefinedSeen = true;
      out[i] = zd;
    } else out[i] = num[i] / den[i];
  }
  if (undefinedSeen && s.zeroDivision === 'warn' && s.warnFor.includes(metric)) {
    const start = metric === 'f-score' ? 'F-score is' : metric === 'precision' ? 'Precision is' : 'Recall is';
    warnings.push(prfWarning(s.average, modifier, start, out.length));
  }
  return out;
}

/**
 * sklearn's `_nanaverage`: weighted mean ignoring NaN entries (numpy summation order); NaN when
 * empty or all NaN; all-zero weights fall back to the plain mean. O(n).
 */
export function nanAverage(a: Float64Array, weights: Float64Array | null): number {
  const n = a.length;
  let valid = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(a[i])) valid++;
  if (valid === 0) return NaN;
  if (weights === null) {
    if (valid === n) return pairwiseSum(a) / n;
    const zeroed = a.map((v) => (Number.isNaN(v) ? 0 : v));
    return pairwiseSum(zeroed) / valid;
  }
  const kept = new Float64Array(valid);
  const w = new Float64Array(valid);
  const prod = new Float64Array(valid);
  for (let i = 0, j = 0; i < n; i++) {
    if (Number.isNaN(a[i])) continue;
    kept[j] = a[i];
    w[j] = weights[i];
    prod[j] = a[i] * weights[i];
    j++;
  }
  const scale = pairwiseSum(w);
  if (scale === 0) return pairwiseSum(kept) / valid;
  return pairwiseSum(prod) / scale;
}

export interface PrfSettings {
  beta: number;
  average: Average;
  zeroDivision: ZeroDivision;
  warnFor: readonly WarnFor[];
  /** Weights for `average: 'samples'` (the sample weights), else unused. */
  sampleWeight: Float64Array | null;
}

export interface PrfArrays {
  precision: Float64Array;
  recall: Float64Array;
  fscore: Float64Array;
  support: Float64Array;
}

/**
 * Precision, recall, F-beta and support from per-label counts, exactly as sklearn's
 * `precision_recall_fscore_support` divides and averages them (micro sums the counts first).
 * Warnings are appended to `warnings`. O(L).
 */
export function prfFromCounts(c: LabelCounts, s: PrfSettings, warnings: MetricWarning[]): PrfArrays {
  let { tp, pred, true: tru } = c;
  if (s.average === 'micro') {
    tp = Float64Array.of(pairwiseSum(tp));
    pred = Float64Array.of(pairwiseSum(pred));
    tru = Float64Array.of(pairwiseSum(tru));
  }
  const precision = divide(tp, pred, 'precision', 'predicted', s, warnings);
  const recall = divide(tp, tru, 'recall', 'true', s, warnings);
  let fscore: Float64Array;
  if (s.beta === Infinity) fscore = recall;
  else if (s.beta === 0) fscore = precision;
  else {
    const b2 = s.beta * s.beta;
    const num = tp.map((v) => (1 + b2) * v);
    const den = new Float64Array(tp.length);
    for (let i = 0; i < den.length; i++) den[i] = b2 * tru[i] + pred[i];
    fscore = divide(num, den, 'f-score', 'true nor predicted', s, warnings);
  }
  return { precision, recall, fscore, support: tru };
}

/** Averages per-label arrays as sklearn does for `average` (weighted by support, samples by sample weight). */
export function averagePrf(r: PrfArrays, s: PrfSettings): { precision: number; recall: number; fscore: number } {
  const weights = s.average === 'weighted' ? r.support : s.average === 'samples' ? s.sampleWeight : null;
  return {
    precision: nanAverage(r.precision, weights),
    recall: nanAverage(r.recall, weights),
    fscore: nanAverage(r.fscore, weights),
  };
}
