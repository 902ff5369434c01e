import type { Results } from '../contract/results.js';

/**
 * Counts gates by outcome: every gate, those passed, blocking gates failed, warning gates failed
 * and gates with no data (a run that could not complete). Takes the run's gates and the
 * comparison's regression gates alike, so that "N of M gates passed" counts every gate. Pure.
 * Example: `gateCounts([{ status: 'pass', severity: 'blocking' }])` → `{ gates: 1, passed: 1, failed: 0, warnings: 0, no_data: 0 }`.
 */
export function gateCounts(gates: readonly { status: string; severity: 'blocking' | 'warning' }[]): Results['counts'] {
  return {
    gates: gates.length,
    passed: gates.filter((g) => g.status === 'pass').length,
    failed: gates.filter((g) => g.status === 'fail' && g.severity === 'blocking').length,
    warnings: gates.filter((g) => g.status === 'fail' && g.severity === 'warning').length,
    no_data: gates.filter((g) => g.status === 'no_data').length,
  };
}
