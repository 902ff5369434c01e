import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** One case of test/fixtures/scores.json (written by scripts/fixtures/scores.py). */
export interface ScoreCase {
  fn: string;
  name: string;
  kwargs: Record<string, any>;
  expected?: any;
  error?: string;
  warnings: string[];
  calibration_curve?: { prob_true: number[]; prob_pred: number[] };
}

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

function decode(v: any, arrays: Record<string, any>): any {
  if (typeof v === 'string' && v in SPECIAL) return SPECIAL[v];
  if (Array.isArray(v)) return v.map((x) => decode(x, arrays));
  if (v && typeof v === 'object') {
    if ('$ref' in v) return decode(arrays[v.$ref], arrays);
    const out: Record<string, any> = {};
    for (const [k, x] of Object.entries(v)) out[k] = decode(x, arrays);
    return out;
  }
  return v;
}

const raw = JSON.parse(readFileSync(new URL('../fixtures/scores.json', import.meta.url), 'utf8'));

/** Library versions that produced the fixtures. */
export const reference: Record<string, string> = raw.reference;

const all: ScoreCase[] = raw.cases.map((c: any) => ({
  ...c,
  kwargs: decode(c.kwargs, raw.arrays),
  expected: decode(c.expected, raw.arrays),
}));

/** The cases recorded for one scikit-learn function (or reimplementation: `ece`, `delong`). */
export function casesFor(fn: string): ScoreCase[] {
  const out = all.filter((c) => c.fn === fn);
  if (out.length === 0) throw new Error(`no fixture cases for ${fn}`);
  return out;
}

const RENAME: Record<string, string> = {
  pos_label: 'posLabel',
  sample_weight: 'sampleWeight',
  drop_intermediate: 'dropIntermediate',
  multi_class: 'multiClass',
  max_fpr: 'maxFpr',
  scale_by_half: 'scaleByHalf',
};

/** The sklearn keyword arguments other than the inputs, renamed to our option names. */
export function optionsOf(c: ScoreCase, inputs: string[]): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(c.kwargs)) if (!inputs.includes(k)) out[RENAME[k] ?? k] = v;
  return out;
}

/** |a − e| ≤ rtol·|e| (+ a tiny absolute floor near 0), with NaN ≡ NaN and infinities equal. */
export function expectClose(actual: number, expected: number, rtol = 1e-12, label = ''): void {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) {
    expect(actual, label).toBe(expected);
    return;
  }
  const tol = rtol * Math.abs(expected) + 1e-15;
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`${label}: expected ${expected}, got ${actual} (diff ${Math.abs(actual - expected)})`);
  }
}

/** Element-wise {@link expectClose} with equal lengths. */
export function expectAllClose(actual: ArrayLike<number>, expected: number[], rtol = 1e-12, label = ''): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expectClose(actual[i], expected[i], rtol, `${label}[${i}]`);
}

/** Runs `call` and checks it against the case: the value (via `check`), the error, the warnings. */
export function checkCase<T extends { warnings: { message: string }[] }>(
  c: ScoreCase,
  call: () => T,
  check: (result: T, expected: any) => void,
): void {
  if (c.error !== undefined) {
    expect(call).toThrowError(new Error(c.error));
    return;
  }
  const r = call();
  check(r, c.expected);
  expect([...new Set(r.warnings.map((w) => w.message))].sort()).toEqual([...c.warnings].sort());
}
