import type { Verdict } from '../contract/results.js';

/**
 * The exit code of a verdict, the one place the CLI maps one to the other: `error` (the run could
 * not complete) → 3, `fail` → 1, `pass` and `warn` → 0. Example: `verdictExitCode('error')` → `3`.
 */
export function verdictExitCode(verdict: Verdict): number {
  return verdict === 'error' ? 3 : verdict === 'fail' ? 1 : 0;
}
