import type { Label } from '../metrics/types.js';
import { RowError, describeValue, nonFiniteError } from './rowError.js';

// Coercion of one cell/value per role. Each takes the raw value (never undefined/null/empty:
// the caller treats those as "no value"), the column name for the error path, and whether the
// value comes from a CSV cell (a string) or from JSON. Each throws a RowError on a bad value.

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * A probability in [0, 1]. JSON: must be a number. CSV: a decimal number (`0.73`, `7.3e-1`);
 * hex, `NaN`, `Infinity` and the like are rejected.
 * Example: `toScore('0.25', 'score', 'score', true)` → `0.25`.
 */
export function toScore(v: unknown, role: string, column: string, csv: boolean): number {
  const n = csv && typeof v === 'string' && DECIMAL.test(v) ? Number(v) : v;
  if (typeof n === 'number' && n >= 0 && n <= 1) return n;
  if (typeof v === 'number' && !Number.isFinite(v)) throw nonFiniteError(column, [], `${role} must be a finite number in [0, 1]`, v);
  if (typeof n === 'number' && !Number.isFinite(n)) throw new RowError([column], `${role} must be a finite number in [0, 1] (got ${describeValue(v)})`);
  throw new RowError([column], `${role} must be a number in [0, 1] (got ${describeValue(v)})`);
}

/**
 * Probabilities per class: an array of numbers in [0, 1], or an object `{label: p}`. In CSV the
 * cell holds that array or object as JSON (`[0.2,0.8]`, `{"cat":0.2,"dog":0.8}`).
 * Sums are not checked here. Empty arrays/objects are rejected.
 * Example: `toProbabilities('[0.2,0.8]', 'probabilities', 'p', true)` → `[0.2, 0.8]`.
 */
export function toProbabilities(
  v: unknown,
  role: string,
  column: string,
  csv: boolean,
): number[] | Record<string, number> {
  let value = v;
  if (csv) {
    try {
      value = JSON.parse(v as string);
    } catch {
      throw new RowError(
        [column],
        `${role} must be a JSON array or object in the cell (got ${describeValue(v)})`,
      );
    }
  }
  const bad = (what: string, got: unknown, at: string | number): RowError =>
    typeof got === 'number' && !Number.isFinite(got)
      ? nonFiniteError(column, [at], `${what} must be a finite number in [0, 1]`, got)
      : new RowError([column], `${what} must be a number in [0, 1] (got ${describeValue(got)})`);
  if (Array.isArray(value)) {
    if (value.length === 0) throw new RowError([column], `${role} must not be empty`);
    for (let i = 0; i < value.length; i++) {
      const p = value[i];
      if (!(typeof p === 'number' && p >= 0 && p <= 1)) throw bad(`${role}[${i}]`, p, i);
    }
    return value as number[];
  }
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 0) throw new RowError([column], `${role} must not be empty`);
    for (const k of keys) {
      const p = obj[k];
      if (!(typeof p === 'number' && p >= 0 && p <= 1)) throw bad(`${role}[${JSON.stringify(k)}]`, p, k);
    }
    return obj as Record<string, number>;
  }
  throw new RowError(
    [column],
    `${role} must be an array of numbers or an object {label: probability} (got ${describeValue(v)})`,
  );
}

/**
 * A label or a prediction: a string or a number, or an array of them (multi-label).
 * `asStrings` turns numbers into strings; `separator` (CSV only) splits a cell into a
 * multi-label array, dropping empty parts (`'a|b'` → `['a', 'b']`, `''` → `[]`).
 * Example: `toLabel(3, 'label', 'y', false, true, undefined)` → `'3'`.
 */
export function toLabel(
  v: unknown,
  role: string,
  column: string,
  csv: boolean,
  asStrings: boolean,
  separator: string | undefined,
): Label | Label[] {
  if (typeof v === 'string') {
    if (csv && separator !== undefined) return v.split(separator).filter((s) => s !== '');
    return v;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw nonFiniteError(column, [], `${role} must be a string or a finite number`, v);
    return asStrings ? String(v) : v;
  }
  if (Array.isArray(v)) {
    const out: Label[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === 'string') out[i] = x;
      else if (typeof x === 'number') {
        if (!Number.isFinite(x)) throw nonFiniteError(column, [i], `${role}[${i}] must be a string or a finite number`, x);
        out[i] = asStrings ? String(x) : x;
      }
      else throw badLabel(role, column, v);
    }
    return out;
  }
  throw badLabel(role, column, v);
}

function badLabel(role: string, column: string, v: unknown): RowError {
  return new RowError(
    [column],
    `${role} must be a string or a number, or an array of them (got ${describeValue(v)})`,
  );
}

/**
 * A group key: a string or a number.
 * Example: `toGroup('site-a', 'g')` → `'site-a'`.
 */
export function toGroup(v: unknown, column: string): string | number {
  if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
  if (typeof v === 'number') throw nonFiniteError(column, [], 'group must be a string or a finite number', v);
  throw new RowError([column], `group must be a string or a number (got ${describeValue(v)})`);
}

/**
 * An explicit id: a non-empty string, or a number (rendered with `String`).
 * Example: `toId(17, 'id')` → `'17'`.
 */
export function toId(v: unknown, column: string): string {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'number') throw nonFiniteError(column, [], 'id must be a non-empty string or a finite number', v);
  throw new RowError([column], `id must be a non-empty string or a number (got ${describeValue(v)})`);
}
