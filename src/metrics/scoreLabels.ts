import { pyRepr } from './pyFormat.js';
import { sortLabels } from './sortLabels.js';
import { throwNonFinite, typeOfDistinct, type TargetType } from './typeOfTarget.js';
import type { Label } from './types.js';

/** Labels encoded as indices into their sorted distinct values (as `np.unique(..., return_inverse)`). */
export interface EncodedTarget {
  classes: Label[];
  codes: Int32Array;
  type: TargetType;
}

/**
 * Sorts the distinct labels of `y` and encodes every sample as the index of its label.
 * Cost O(n) map look-ups + O(k log k). Throws sklearn's messages for NaN/infinite labels and for
 * strings mixed with numbers.
 */
export function encodeTarget(y: ArrayLike<Label>, inputName = 'y_true'): EncodedTarget {
  const n = y.length;
  const first = new Map<Label, number>();
  const raw = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = y[i];
    let c = first.get(v);
    if (c === undefined) {
      c = first.size;
      first.set(v, c);
    }
    raw[i] = c;
  }
  const type = typeOfDistinct(first.keys(), inputName);
  const classes = sortLabels(first.keys());
  const remap = new Int32Array(classes.length);
  classes.forEach((l, j) => {
    remap[first.get(l) as number] = j;
  });
  for (let i = 0; i < n; i++) raw[i] = remap[raw[i]];
  return { classes, codes: raw, type };
}

/** Index of `label` among `classes` (strict equality; -0 equals 0), or -1. */
export function indexOfLabel(classes: readonly Label[], label: Label): number {
  for (let j = 0; j < classes.length; j++) if (classes[j] === label) return j;
  return -1;
}

/** sklearn's `check_consistent_length` message when the lengths differ. */
export function checkConsistentLength(...lengths: (number | undefined)[]): void {
  const ls = lengths.filter((l): l is number => l !== undefined);
  if (ls.some((l) => l !== ls[0])) {
    throw new Error(`Found input variables with inconsistent numbers of samples: [${ls.join(', ')}]`);
  }
}

/** Copies scores into a Float64Array, throwing sklearn's message for NaN or infinity. O(n). */
export function toFiniteArray(values: ArrayLike<number>, inputName = ''): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < out.length; i++) {
    const v = values[i];
    if (typeof v !== 'number') {
      if (Array.isArray(v)) {
        throw new Error(`y should be a 1d array, got an array of shape (${out.length}, ${(v as number[]).length}) instead.`);
      }
      throw new Error(`${inputName || 'Input'} must contain numbers, got ${typeof v}`);
    }
    if (!Number.isFinite(v)) throwNonFinite(v, inputName);
    out[i] = v;
  }
  return out;
}

/**
 * Validates `sampleWeight` against `n` samples (length, finite values) and returns it as a
 * Float64Array, or `null` when absent. With `rejectAllZero`, all-zero weights throw sklearn's
 * `_check_sample_weight` message.
 */
export function toWeights(
  sampleWeight: ArrayLike<number> | undefined,
  n: number,
  rejectAllZero = false,
): Float64Array | null {
  if (sampleWeight === undefined || sampleWeight === null) return null;
  if (sampleWeight.length !== n) checkConsistentLength(n, sampleWeight.length);
  const w = toFiniteArray(sampleWeight, 'sample_weight');
  if (rejectAllZero && w.every((x) => x === 0)) {
    throw new Error('Sample weights must contain at least one non-zero number.');
  }
  return w;
}

/**
 * `pos_label` as sklearn's `_check_pos_label_consistency` resolves it: an explicit label is
 * returned as is; otherwise the classes must be {0, 1}, {-1, 1} or a single one of them, and the
 * positive label is 1. Throws sklearn's message asking for `pos_label` otherwise.
 */
export function resolvePosLabel(classes: readonly Label[], posLabel: Label | undefined): Label {
  if (posLabel !== undefined) return posLabel;
  const key = classes.join(',');
  const ok =
    classes.every((c) => typeof c === 'number') && ['0,1', '-1,1', '0', '-1', '1'].includes(key);
  if (!ok) {
    throw new Error(
      `y_true takes value in {${classes.map(pyRepr).join(', ')}} and pos_label is not specified: ` +
        'either make y_true take value in {0, 1} or {-1, 1} or pass pos_label explicitly.',
    );
  }
  return 1;
}

/** 1 where `codes[i]` is `pos`, else 0. O(n). */
export function positiveMask(codes: Int32Array, pos: number): Uint8Array {
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] === pos ? 1 : 0;
  return out;
}
