import { compareCodePoints } from '../stats/compareCodePoints.js';
import type { Label } from './splitTypes.js';

/** Labels as integer codes: the distinct labels in order of first appearance, codes, counts. */
export interface LabelCodes {
  /** The distinct labels in order of first appearance. */
  distinct: Label[];
  /** Per sample, the index of its label in `distinct`. */
  codes: Int32Array;
  /** Per distinct label, how many samples carry it. */
  counts: Int32Array;
  /** True when some label is a number that is not an integer (scikit-learn's 'continuous'). */
  continuous: boolean;
}

/** The message for strings mixed with numbers (the same text src/metrics uses). */
export const MIX_OF_LABEL_TYPES = 'Mix of label input types (string and number)';

/**
 * Encodes labels by first appearance in one pass with a Map (equality as numpy's `np.unique`:
 * -0 equals 0, NaN equals NaN). With `finiteName` set, a NaN or infinite label throws
 * scikit-learn's `check_array` message (`Input y contains NaN.`; an empty name gives `Input
 * contains NaN.`). Throws for strings mixed with numbers (numpy would turn the numbers into
 * strings; we refuse) and for values that are neither. O(n) expected.
 * @example encodeLabels(['b', 'a', 'b']).codes // Int32Array [0, 1, 0]
 */
export function encodeLabels(values: readonly Label[], finiteName?: string): LabelCodes {
  const n = values.length;
  const index = new Map<Label, number>();
  const distinct: Label[] = [];
  const codes = new Int32Array(n);
  let counts = new Int32Array(16);
  let strings = false;
  let numbers = false;
  let continuous = false;
  let last: Label | undefined;
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let c: number;
    if (v === last) c = lastCode;
    else {
      const found = index.get(v);
      if (found === undefined) {
        if (typeof v === 'number') {
          numbers = true;
          if (!Number.isFinite(v)) {
            if (finiteName !== undefined) throwNonFinite(v, finiteName);
            if (!Number.isNaN(v)) continuous = true;
          } else if (!Number.isInteger(v)) continuous = true;
        } else if (typeof v === 'string') strings = true;
        else throw new Error(`Labels must be strings or numbers, got ${v === null ? 'null' : typeof v}`);
        if (strings && numbers) throw new Error(MIX_OF_LABEL_TYPES);
        c = distinct.length;
        index.set(v, c);
        distinct.push(v);
        if (c === counts.length) {
          const grown = new Int32Array(c * 2);
          grown.set(counts);
          counts = grown;
        }
      } else c = found;
      last = v;
      lastCode = c;
    }
    codes[i] = c;
    counts[c]++;
  }
  return { distinct, codes, counts: counts.slice(0, distinct.length), continuous };
}

function throwNonFinite(v: number, name: string): never {
  const what = Number.isNaN(v) ? 'NaN' : "infinity or a value too large for dtype('float64')";
  throw new Error(`Input ${name === '' ? '' : name + ' '}contains ${what}.`);
}

/** Orders two labels of one kind as numpy sorts: numbers ascending with NaN last, strings by code point. */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a === b) return 0;
    return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  }
  return compareCodePoints(a as string, b as string);
}

/**
 * Re-encodes first-appearance codes in `np.unique` order (sorted labels), as `np.unique(...,
 * return_inverse=True, return_counts=True)` gives them. O(n + d log d) for d distinct labels.
 * @example sortedCodes(encodeLabels(['b', 'a', 'b'])).codes // Int32Array [1, 0, 1]
 */
export function sortedCodes(enc: LabelCodes): { classes: Label[]; codes: Int32Array; counts: Int32Array } {
  const d = enc.distinct.length;
  const order = Array.from({ length: d }, (_, i) => i).sort((a, b) => compareLabels(enc.distinct[a], enc.distinct[b]));
  const rank = new Int32Array(d);
  const counts = new Int32Array(d);
  for (let r = 0; r < d; r++) {
    rank[order[r]] = r;
    counts[r] = enc.counts[order[r]];
  }
  const codes = new Int32Array(enc.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = rank[enc.codes[i]];
  return { classes: order.map((i) => enc.distinct[i]), codes, counts };
}

/**
 * scikit-learn's check that y is a `binary` or `multiclass` target (non-integral numbers are
 * 'continuous'). Throws its message otherwise. O(1).
 */
export function checkClassTarget(enc: LabelCodes): void {
  if (enc.continuous) {
    throw new Error("Supported target types are: ('binary', 'multiclass'). Got 'continuous' instead.");
  }
}
