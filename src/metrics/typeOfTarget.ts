import { MIX_OF_LABEL_TYPES } from './sortLabels.js';
import type { Label } from './types.js';

/** The target kinds `sklearn.utils.multiclass.type_of_target` reports for label arrays. */
export type TargetType =
  | 'binary'
  | 'multiclass'
  | 'multilabel-indicator'
  | 'continuous'
  | 'continuous-multioutput'
  | 'multiclass-multioutput'
  | 'unknown';

/**
 * Targets as the classification metrics accept them: one label per sample, or per sample a row
 * that is either a 0/1 indicator row (`number[]`, all rows the same length) or a set of labels.
 */
export type LabelInput = readonly Label[] | readonly (readonly Label[])[];

/**
 * How to read 2-D targets. `indicator`: rows are indicator rows as scikit-learn reads a 2-D
 * array. `sets`: rows are label sets (MultiLabelBinarizer). `auto` (default): indicator rows
 * when every row is an array of numbers of one common length, label sets otherwise.
 */
export type MultilabelFormat = 'auto' | 'indicator' | 'sets';

/** True when `y` holds per-sample rows (its first element is an array). O(1). */
export function isTwoDimensional(y: LabelInput): y is readonly (readonly Label[])[] {
  return y.length > 0 && Array.isArray(y[0]);
}

/** Resolves `auto` to `indicator` or `sets` for 2-D targets. O(total cells). */
export function resolveFormat(y: readonly (readonly Label[])[], format: MultilabelFormat): 'indicator' | 'sets' {
  if (format !== 'auto') return format;
  const cols = Array.isArray(y[0]) ? y[0].length : -1;
  for (const row of y) {
    if (!Array.isArray(row) || row.length !== cols) return 'sets';
    for (let j = 0; j < cols; j++) if (typeof row[j] !== 'number') return 'sets';
  }
  return 'indicator';
}

/** Throws sklearn's `_assert_all_finite` message for a NaN or infinite label. */
export function throwNonFinite(value: number, inputName: string): never {
  const what = Number.isNaN(value) ? 'NaN' : "infinity or a value too large for dtype('float64')";
  throw new Error(`Input ${inputName ? inputName + ' ' : ''}contains ${what}.`);
}

/**
 * Type of 1-D labels from their distinct values: strings or integral numbers give `binary`
 * (at most 2 distinct) or `multiclass`; a non-integral number gives `continuous`.
 * Throws for NaN/infinity (sklearn's message) and for strings mixed with numbers.
 */
export function typeOfDistinct(distinct: Iterable<Label>, inputName = ''): TargetType {
  let strings = false;
  let numbers = false;
  let continuous = false;
  let count = 0;
  for (const v of distinct) {
    count++;
    if (typeof v === 'string') strings = true;
    else {
      numbers = true;
      if (!Number.isFinite(v)) throwNonFinite(v, inputName);
      if (!Number.isInteger(v)) continuous = true;
    }
  }
  if (strings && numbers) throw new Error(MIX_OF_LABEL_TYPES);
  if (continuous) return 'continuous';
  return count > 2 ? 'multiclass' : 'binary';
}

/**
 * The kind of a target array, as `sklearn.utils.multiclass.type_of_target` (1.9) decides it for
 * label arrays: `binary` (≤ 2 distinct labels, also for an empty array), `multiclass`,
 * `multilabel-indicator` (2-D, > 1 column, ≤ 2 distinct integral values), `continuous`,
 * `*-multioutput` or `unknown` (2-D with no columns). Label sets (see {@link MultilabelFormat})
 * are `multilabel-indicator`. A single-column 2-D array is typed as its column.
 * Cost O(n) with a Set of distinct values.
 * Throws for NaN/infinite labels ("Input y contains NaN."), for strings mixed with numbers
 * ("Mix of label input types (string and number)"; numpy would silently turn the numbers into
 * strings) and for ragged indicator rows (sklearn's legacy multilabel message).
 *
 * @example typeOfTarget([0, 1, 2]) // 'multiclass'
 */
export function typeOfTarget(
  y: LabelInput,
  opts: { inputName?: string; multilabelFormat?: MultilabelFormat } = {},
): TargetType {
  const name = opts.inputName ?? '';
  if (!isTwoDimensional(y)) return typeOfDistinct(new Set(y as readonly Label[]), name);
  const rows = y as readonly (readonly Label[])[];
  if (resolveFormat(rows, opts.multilabelFormat ?? 'auto') === 'sets') return 'multilabel-indicator';
  const cols = rows[0].length;
  for (const r of rows) if (!Array.isArray(r) || r.length !== cols) throw new Error(LEGACY_MULTILABEL);
  if (cols === 0) return 'unknown';
  const distinct = new Set<Label>();
  for (const r of rows) for (const v of r) distinct.add(v);
  if (cols === 1) return typeOfDistinct(distinct, name);
  let allNumbers = true;
  let integral = true;
  for (const v of distinct) {
    if (typeof v !== 'number') allNumbers = false;
    else if (!Number.isInteger(v)) integral = false;
  }
  if (allNumbers && integral && distinct.size < 3) return 'multilabel-indicator';
  if (!allNumbers) {
    for (const v of distinct) if (typeof v === 'number') throw new Error(MIX_OF_LABEL_TYPES);
    return 'multiclass-multioutput';
  }
  for (const v of distinct) if (!Number.isFinite(v as number)) throwNonFinite(v as number, name);
  return integral ? 'multiclass-multioutput' : 'continuous-multioutput';
}

/** sklearn's message for ragged 2-D targets. */
export const LEGACY_MULTILABEL =
  'You appear to be using a legacy multi-label data representation. Sequence of sequences are no longer ' +
  'supported; use a binary array or sparse matrix instead - the MultiLabelBinarizer transformer can ' +
  'convert to this format.';
