import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { groupKFold } from '../../src/cv/groupKFold.js';
import { holdout } from '../../src/cv/holdout.js';
import { kFold } from '../../src/cv/kFold.js';
import { repeatedKFold, repeatedStratifiedKFold } from '../../src/cv/repeated.js';
import { stratifiedGroupKFold } from '../../src/cv/stratifiedGroupKFold.js';
import { stratifiedKFold } from '../../src/cv/stratifiedKFold.js';
import type { Label, SplitResult } from '../../src/cv/splitTypes.js';

// Fixtures: scikit-learn 1.9.1 / numpy 2.4.6 (scripts/fixtures/splits.py).
export interface SplitCase {
  name: string;
  fn: string;
  input: number | Label[];
  groups?: Label[];
  opts: Record<string, unknown>;
  folds?: [number[], number[]][];
  warnings?: string[];
  error?: string;
}

export const fixture = JSON.parse(readFileSync(new URL('../fixtures/splits.json', import.meta.url), 'utf8')) as {
  reference: string;
  cases: SplitCase[];
};

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
/** Decodes the fixture's "NaN"/"Infinity" strings in numeric label lists (lists holding other strings stay as they are). */
function decode(values: Label[]): Label[] {
  const numeric = values.every((v) => typeof v === 'number' || v in SPECIAL);
  return numeric ? values.map((v) => (typeof v === 'string' ? SPECIAL[v] : v)) : values;
}

export function casesFor(fn: string): SplitCase[] {
  const cases = fixture.cases.filter((c) => c.fn === fn);
  if (cases.length === 0) throw new Error(`no fixture cases for ${fn}`);
  return cases;
}

export function runCase(c: SplitCase): SplitResult {
  const input = typeof c.input === 'number' ? c.input : decode(c.input);
  const o = c.opts as never;
  switch (c.fn) {
    case 'kFold': return kFold(input as number, o);
    case 'stratifiedKFold': return stratifiedKFold(input as Label[], o);
    case 'groupKFold': return groupKFold(decode(c.groups!), o);
    case 'stratifiedGroupKFold': return stratifiedGroupKFold(input as Label[], decode(c.groups!), o);
    case 'repeatedKFold': return repeatedKFold(input as number, o);
    case 'repeatedStratifiedKFold': return repeatedStratifiedKFold(input as Label[], o);
    case 'holdout': return holdout(input, o);
    default: throw new Error(`unknown splitter ${c.fn}`);
  }
}

/** Runs a fixture case and compares fold by fold, index by index (or the exact error message). */
export function expectCase(c: SplitCase): void {
  if (c.error !== undefined) {
    expect(() => runCase(c)).toThrow(new Error(c.error));
    return;
  }
  const res = runCase(c);
  expect(res.folds.length, 'number of splits').toBe(c.folds!.length);
  res.folds.forEach((f, i) => {
    expect(f.train).toBeInstanceOf(Uint32Array);
    expect(f.test).toBeInstanceOf(Uint32Array);
    expect(Array.from(f.train), `split ${i} train`).toEqual(c.folds![i][0]);
    expect(Array.from(f.test), `split ${i} test`).toEqual(c.folds![i][1]);
  });
  expect(res.warnings.map((w) => w.message)).toEqual(c.warnings);
  for (const w of res.warnings) expect(w.code).toBe('least-populated-class');
}

/**
 * What is wrong with `res` as k folds over n samples: test sets must partition 0..n−1, each train
 * set must be the complement of its test set, both strictly ascending. Empty string when fine.
 */
export function partitionProblem(res: SplitResult, n: number, k: number): string {
  if (res.folds.length !== k) return `${res.folds.length} folds, expected ${k}`;
  const seen = new Uint8Array(n);
  for (let f = 0; f < k; f++) {
    const { train, test } = res.folds[f];
    if (train.length + test.length !== n) return `fold ${f}: ${train.length} + ${test.length} != ${n}`;
    const inTest = new Uint8Array(n);
    for (let j = 0; j < test.length; j++) {
      if (j > 0 && test[j] <= test[j - 1]) return `fold ${f}: test not ascending at ${j}`;
      if (test[j] >= n) return `fold ${f}: test index ${test[j]} out of range`;
      inTest[test[j]] = 1;
      seen[test[j]]++;
    }
    for (let j = 0; j < train.length; j++) {
      if (j > 0 && train[j] <= train[j - 1]) return `fold ${f}: train not ascending at ${j}`;
      if (train[j] >= n || inTest[train[j]]) return `fold ${f}: train index ${train[j]} out of range or in test`;
    }
  }
  const missing = seen.findIndex((v) => v !== 1);
  return missing >= 0 ? `sample ${missing} is in ${seen[missing]} test sets` : '';
}

/** The test fold of every sample (−1 if none). */
export function testFoldOf(res: SplitResult, n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  res.folds.forEach((f, i) => f.test.forEach((j) => { out[j] = i; }));
  return out;
}

/** The first group found in two different test folds, or '' when no group is split. */
export function splitGroup(res: SplitResult, groups: readonly Label[]): string {
  const fold = testFoldOf(res, groups.length);
  const foldOf = new Map<Label, number>();
  for (let i = 0; i < groups.length; i++) {
    const f = foldOf.get(groups[i]);
    if (f === undefined) foldOf.set(groups[i], fold[i]);
    else if (f !== fold[i]) return `group ${groups[i]} in folds ${f} and ${fold[i]}`;
  }
  return '';
}
