import { pairwiseSum } from '../stats/pairwiseSum.js';
import { throwNonFinite } from './typeOfTarget.js';

/** Scores per sample: one number (binary) or one row per sample (a column per class). */
export type ScoreInput = ArrayLike<number> | ArrayLike<ArrayLike<number>>;

/** A dense row-major n × k matrix. */
export interface ScoreMatrix {
  data: Float64Array;
  n: number;
  k: number;
}

/** True when the input holds rows (its first element is array-like). O(1). */
export function isMatrix(y: ScoreInput): y is ArrayLike<ArrayLike<number>> {
  if (y.length === 0) return false;
  const first = (y as ArrayLike<unknown>)[0];
  return typeof first === 'object' && first !== null;
}

/** Shape as numpy prints it: `(n,)` or `(n, k)`. */
export function shapeStr(y: ScoreInput): string {
  return isMatrix(y) ? `(${y.length}, ${y[0].length})` : `(${y.length},)`;
}

/**
 * Copies rows into a row-major Float64Array, checking a common row length and finite values
 * (sklearn's "Input contains NaN." / infinity messages). O(n·k).
 */
export function toScoreMatrix(y: ArrayLike<ArrayLike<number>>, inputName = ''): ScoreMatrix {
  const n = y.length;
  const k = n > 0 ? y[0].length : 0;
  const data = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const row = y[i];
    if (!row || row.length !== k) {
      throw new Error(`${inputName || 'y_score'} rows must all have the same length (row 0 has ${k}, row ${i} has ${row?.length})`);
    }
    for (let j = 0; j < k; j++) {
      const v = row[j];
      if (typeof v !== 'number') throw new Error(`${inputName || 'Input'} must contain numbers, got ${typeof v}`);
      if (!Number.isFinite(v)) throwNonFinite(v, inputName);
      data[i * k + j] = v;
    }
  }
  return { data, n, k };
}

/** Row sums in numpy's `sum(axis=1)` order (pairwise within each row). O(n·k). */
export function rowSums(m: ScoreMatrix): Float64Array {
  const out = new Float64Array(m.n);
  for (let i = 0; i < m.n; i++) out[i] = pairwiseSum(m.data, i * m.k, m.k);
  return out;
}

/** Column `j` of the matrix. O(n). */
export function column(m: ScoreMatrix, j: number): Float64Array {
  const out = new Float64Array(m.n);
  for (let i = 0; i < m.n; i++) out[i] = m.data[i * m.k + j];
  return out;
}

/** The minimum and maximum of the matrix data (NaN-free input assumed). O(n·k). */
export function minMax(a: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < lo) lo = a[i];
    if (a[i] > hi) hi = a[i];
  }
  return [lo, hi];
}
