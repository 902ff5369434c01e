// Loads test/fixtures/classification.json (written by scripts/fixtures/classification.py with
// scikit-learn 1.9.1) and offers the comparisons the known-value tests share.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Label, MetricWarning, ZeroDivision } from '../../src/metrics/types.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Turns the fixture's "NaN" / "Infinity" / "-Infinity" strings back into numbers. */
export function decode<T = unknown>(v: Json): T {
  if (v === 'NaN') return NaN as T;
  if (v === 'Infinity') return Infinity as T;
  if (v === '-Infinity') return -Infinity as T;
  if (Array.isArray(v)) return v.map((x) => decode(x)) as T;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = decode(x);
    return out as T;
  }
  return v as T;
}

export interface FixtureCase {
  name: string;
  y_true: Label[] | Label[][];
  y_pred: Label[] | Label[][];
  kwargs: Record<string, Json>;
  result?: Json;
  error?: string;
  warnings: string[];
}

export const fixture = JSON.parse(readFileSync(new URL('../fixtures/classification.json', import.meta.url), 'utf8')) as {
  reference: Record<string, string>;
  prfs: FixtureCase[];
  prfsLabelSets: Array<{ name: string; y_true: Label[][]; y_pred: Label[][]; classes: Label[]; average: string | null; result: Json; warnings: string[] }>;
  confusionMatrix: FixtureCase[];
  multilabelConfusionMatrix: FixtureCase[];
  scalars: Record<'accuracy' | 'balanced_accuracy' | 'mcc' | 'kappa' | 'hamming', FixtureCase[]>;
  reports: Array<FixtureCase & { text?: string; dict?: Json }>;
  typeOfTarget: Array<{ y: Label[] | Label[][]; result: string | null; error: string | null }>;
  unique: Array<{ y: Label[]; result: Label[] }>;
};

/** sklearn's zero_division as stored ("warn", 0, 1 or "nan"). */
export function zeroDivision(v: Json | undefined): ZeroDivision | undefined {
  if (v === undefined) return undefined;
  if (v === 'warn' || v === 'nan' || v === 0 || v === 1) return v;
  throw new Error(`unexpected zero_division ${JSON.stringify(v)}`);
}

/** Sample weights of a case, or undefined. */
export function sampleWeight(c: FixtureCase): number[] | undefined {
  const w = c.kwargs.sample_weight;
  return w == null ? undefined : decode<number[]>(w);
}

/**
 * Compares numbers (or nested arrays): bit-exact (NaN equal to NaN) when `exact`, otherwise
 * within 1e-12 relative (1e-15 absolute near zero).
 */
export function expectNumbers(actual: unknown, expected: unknown, exact: boolean, where = ''): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${where}: expected an array`).toBe(true);
    const a = actual as unknown[];
    expect(a.length, `${where}: length`).toBe(expected.length);
    expected.forEach((e, i) => expectNumbers(a[i], e, exact, `${where}[${i}]`));
    return;
  }
  if (expected === null) {
    expect(actual, where).toBeNull();
    return;
  }
  const e = expected as number;
  const x = actual as number;
  if (Number.isNaN(e)) {
    expect(Number.isNaN(x), `${where}: expected NaN, got ${x}`).toBe(true);
    return;
  }
  if (exact) {
    if (e === 0) expect(x === 0, `${where}: ${x} vs 0`).toBe(true);
    else expect(x, where).toBe(e);
    return;
  }
  const tol = Math.max(1e-12 * Math.abs(e), 1e-15);
  expect(Math.abs(x - e) <= tol, `${where}: ${x} vs ${e}`).toBe(true);
}

/** Distinct warning messages in order of first appearance. */
export function messages(warnings: readonly MetricWarning[]): string[] {
  return [...new Set(warnings.map((w) => w.message))];
}

/** Our error must be sklearn's message or a prefix of it (sklearn sometimes appends input details). */
export function expectSklearnError(run: () => unknown, sklearnMessage: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected an error like: ${sklearnMessage}`).toBeInstanceOf(Error);
  const msg = (thrown as Error).message;
  expect(sklearnMessage.startsWith(msg) && msg.length > 10, `ours: "${msg}"\nsklearn: "${sklearnMessage}"`).toBe(true);
}

/** The average option as stored (null for Python's None). */
export function average(v: Json | undefined): 'binary' | 'micro' | 'macro' | 'weighted' | 'samples' | null | undefined {
  return v as never;
}
