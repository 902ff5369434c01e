import type { MetricWarning } from '../../metrics/types.js';

/** The data-quality checks, named as gates address them (`duplicates.rate`, `imbalance.ratio`, ...). */
export type QualityCheckName =
  | 'duplicates'
  | 'near_duplicates'
  | 'conflicting_labels'
  | 'leakage'
  | 'imbalance'
  | 'empty_inputs'
  | 'long_inputs';

/** One problem found: the offending examples' ids and 1-based lines (parallel arrays, ordered by line). */
export interface QualityFinding {
  ids: string[];
  lines: number[];
}

/** The figures every check has: examples examined, offending examples, and their ratio. */
export interface BaseFigures {
  total: number;
  count: number;
  /** `count / total`; 0 when `total` is 0. */
  rate: number;
}

/**
 * What every data-quality check returns. `figures` holds every gate-able number under its gate
 * name (`<name>.<figure>`, snake_case), including `total`, `count` and `rate`, which are also
 * repeated at the top level for convenience. `findings` are ordered by their first line (ties:
 * the order the check found them) and cut to `maxFindings`; `omitted` says how many were cut.
 */
export interface QualityResult<N extends QualityCheckName, F extends QualityFinding, X extends object = object> {
  name: N;
  total: number;
  count: number;
  rate: number;
  figures: BaseFigures & X;
  findings: F[];
  omitted: number;
  warnings: MetricWarning[];
}

/** Default cap on the findings a check lists (its figures always count everything). */
export const DEFAULT_MAX_FINDINGS = 1000;

/** Throws unless `value` is a non-negative integer or Infinity; returns it (or the fallback when undefined). */
export function checkCount(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value === Infinity || (Number.isInteger(value) && value >= 0))) {
    throw new Error(`${name} must be a non-negative integer or Infinity (got ${value})`);
  }
  return value;
}

/**
 * Assembles a check's result: sorts the findings by first line (stable; a finding with no lines
 * goes last), keeps the first `maxFindings` and computes the rate. Cost O(f log f) for f findings.
 * Throws when `maxFindings` is not a non-negative integer or Infinity.
 * @example qualityResult('duplicates', 4, 1, {}, [{ ids: ['b', 'c'], lines: [3, 4] }], 10, []).rate // 0.25
 */
export function qualityResult<N extends QualityCheckName, F extends QualityFinding, X extends object>(
  name: N,
  total: number,
  count: number,
  extra: X,
  findings: F[],
  maxFindings: number | undefined,
  warnings: MetricWarning[],
): QualityResult<N, F, X> {
  const max = checkCount(maxFindings, 'maxFindings', DEFAULT_MAX_FINDINGS);
  const first = (f: F): number => (f.lines.length > 0 ? f.lines[0] : Infinity);
  const keyed = findings.map((f, i) => ({ f, i, line: first(f) }));
  keyed.sort((a, b) => (a.line === b.line ? a.i - b.i : a.line < b.line ? -1 : 1));
  const kept = keyed.length > max ? keyed.slice(0, max) : keyed;
  const rate = total > 0 ? count / total : 0;
  return {
    name,
    total,
    count,
    rate,
    figures: { total, count, rate, ...extra },
    findings: kept.map((k) => k.f),
    omitted: keyed.length - kept.length,
    warnings,
  };
}
