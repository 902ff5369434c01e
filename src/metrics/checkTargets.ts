import { encodeIndicators, encodeLabelSets, type MultilabelTargets } from './multilabelTargets.js';
import { MIX_OF_LABEL_TYPES, sortLabels } from './sortLabels.js';
import {
  isTwoDimensional,
  resolveFormat,
  throwNonFinite,
  typeOfDistinct,
  typeOfTarget,
  type LabelInput,
  type MultilabelFormat,
  type TargetType,
} from './typeOfTarget.js';
import type { Label } from './types.js';

export type { MultilabelTargets } from './multilabelTargets.js';

/** Single-label targets encoded as indices into `labels` (the sorted union of both inputs). */
export interface SingleLabelTargets {
  type: 'binary' | 'multiclass';
  labels: Label[];
  yTrue: Int32Array;
  yPred: Int32Array;
  sampleWeight: Float64Array | null;
}

export type CheckedTargets = SingleLabelTargets | MultilabelTargets;

export interface CheckTargetsOptions {
  sampleWeight?: ArrayLike<number> | null;
  multilabelFormat?: MultilabelFormat;
  /** Labels to give a column when the input is label sets (requested but maybe absent). */
  extraLabels?: readonly Label[] | null;
}

const EMPTY = 'Found empty input array (e.g., `y_true` or `y_pred`) while a minimum of 1 sample is required.';

/**
 * Validates and encodes a pair of targets as sklearn's `_check_targets` (1.9) does: equal
 * lengths, a common task (binary and multiclass merge into multiclass when the union has > 2
 * labels), no continuous or multioutput targets, no string/number mix, at least one sample,
 * finite sample weights that are not all zero. One pass with a Map for 1-D labels: O(n).
 * Throws sklearn's messages, e.g. "Classification metrics can't handle a mix of multilabel-indicator
 * and binary targets".
 *
 * @example checkTargets(['b', 'a'], ['a', 'a']).labels // ['a', 'b']
 */
export function checkTargets(yTrue: LabelInput, yPred: LabelInput, opts: CheckTargetsOptions = {}): CheckedTargets {
  const sw = opts.sampleWeight ?? null;
  const lengths = sw === null ? [yTrue.length, yPred.length] : [yTrue.length, yPred.length, sw.length];
  if (new Set(lengths).size > 1) {
    throw new Error(`Found input variables with inconsistent numbers of samples: [${lengths.join(', ')}]`);
  }
  let t = yTrue;
  let p = yPred;
  let twoT = isTwoDimensional(t);
  let twoP = isTwoDimensional(p);
  let format: 'indicator' | 'sets' = 'indicator';
  if (twoT || twoP) {
    const requested = opts.multilabelFormat ?? 'auto';
    const fT = twoT ? resolveFormat(t as readonly (readonly Label[])[], requested) : 'indicator';
    const fP = twoP ? resolveFormat(p as readonly (readonly Label[])[], requested) : 'indicator';
    format = fT === 'sets' || fP === 'sets' ? 'sets' : 'indicator';
    // A one-column indicator array is a column vector: sklearn squeezes it to 1-D.
    if (format === 'indicator' && twoT && (t[0] as readonly Label[]).length === 1 && sameWidth(t, 1)) {
      t = (t as readonly (readonly Label[])[]).map((r) => r[0]);
      twoT = false;
    }
    if (format === 'indicator' && twoP && (p[0] as readonly Label[]).length === 1 && sameWidth(p, 1)) {
      p = (p as readonly (readonly Label[])[]).map((r) => r[0]);
      twoP = false;
    }
  }
  if (!twoT && !twoP) return encodeSingle(t as readonly Label[], p as readonly Label[], sw);

  const typeT = twoT ? typeOfTarget(t, { inputName: 'y_true', multilabelFormat: format }) : typeOfDistinct(new Set(t as readonly Label[]), 'y_true');
  const typeP = twoP ? typeOfTarget(p, { inputName: 'y_pred', multilabelFormat: format }) : typeOfDistinct(new Set(p as readonly Label[]), 'y_pred');
  if (t.length === 0) throw new Error(EMPTY);
  const weights = sw === null ? null : checkSampleWeight(sw);
  combineTypes(typeT, typeP);
  const rowsT = t as readonly (readonly Label[])[];
  const rowsP = p as readonly (readonly Label[])[];
  return format === 'sets'
    ? encodeLabelSets(rowsT, rowsP, weights, opts.extraLabels ?? [])
    : encodeIndicators(rowsT, rowsP, weights);
}

function sameWidth(rows: LabelInput, width: number): boolean {
  for (const r of rows) if (!Array.isArray(r) || r.length !== width) return false;
  return true;
}

/** sklearn's rule for two target types: the common type, or the error it raises. */
export function combineTypes(typeT: TargetType, typeP: TargetType): TargetType {
  let type = typeT;
  if (typeT !== typeP) {
    const pair = new Set([typeT, typeP]);
    if (pair.has('binary') && pair.has('multiclass')) type = 'multiclass';
    else throw new Error(`Classification metrics can't handle a mix of ${typeT} and ${typeP} targets`);
  }
  if (type !== 'binary' && type !== 'multiclass' && type !== 'multilabel-indicator') {
    throw new Error(`${type} is not supported`);
  }
  return type;
}

/** Copies sample weights into a Float64Array, rejecting NaN, infinity and all-zero weights as sklearn does. */
export function checkSampleWeight(sw: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(sw);
  let nonZero = false;
  for (let i = 0; i < out.length; i++) {
    const w = out[i];
    if (!Number.isFinite(w)) throwNonFinite(w, 'sample_weight');
    if (w !== 0) nonZero = true;
  }
  if (!nonZero) throw new Error('Sample weights must contain at least one non-zero number.');
  return out;
}

function encodeSingle(yTrue: readonly Label[], yPred: readonly Label[], sw: ArrayLike<number> | null): SingleLabelTargets {
  const n = yTrue.length;
  const index = new Map<Label, number>();
  const values: Label[] = [];
  const t = new Int32Array(n);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = yTrue[i];
    let c = index.get(v);
    if (c === undefined) {
      c = values.length;
      index.set(v, c);
      values.push(v);
    }
    t[i] = c;
  }
  const nTrue = values.length;
  const inPred: Label[] = [];
  const seenInPred: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const v = yPred[i];
    let c = index.get(v);
    if (c === undefined) {
      c = values.length;
      index.set(v, c);
      values.push(v);
    }
    if (seenInPred[c] !== true) {
      seenInPred[c] = true;
      inPred.push(v);
    }
    p[i] = c;
  }
  const typeT = typeOfDistinct(values.slice(0, nTrue), 'y_true');
  const typeP = typeOfDistinct(inPred, 'y_pred');
  if (n === 0) throw new Error(EMPTY);
  const weights = sw === null ? null : checkSampleWeight(sw);
  let type = combineTypes(typeT, typeP) as 'binary' | 'multiclass';
  if (typeof values[0] !== typeof inPred[0]) throw new Error(MIX_OF_LABEL_TYPES);
  const labels = sortLabels(values);
  if (labels.length > 2) type = 'multiclass';
  const rank = new Int32Array(values.length);
  for (let k = 0; k < labels.length; k++) rank[index.get(labels[k]) as number] = k;
  for (let i = 0; i < n; i++) {
    t[i] = rank[t[i]];
    p[i] = rank[p[i]];
  }
  return { type, labels, yTrue: t, yPred: p, sampleWeight: weights };
}
