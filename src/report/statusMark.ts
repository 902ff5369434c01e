import type { GateResult, Verdict } from '../contract/results.js';

/** How a status is shown: a word and an icon (never colour alone), and the CSS class that colours it. */
export interface StatusMark {
  status: 'pass' | 'warn' | 'fail' | 'error' | 'no_data';
  icon: string;
  text: string;
}

const MARKS: Record<StatusMark['status'], StatusMark> = {
  pass: { status: 'pass', icon: '✔', text: 'pass' },
  warn: { status: 'warn', icon: '⚠', text: 'warn' },
  fail: { status: 'fail', icon: '✘', text: 'FAIL' },
  error: { status: 'error', icon: '⊘', text: 'ERROR' }, // in the fonts every system has (an emoji font may be missing)
  no_data: { status: 'no_data', icon: '∅', text: 'no data' },
};

/**
 * The mark of a gate outcome: a failed warning gate warns, a failed blocking gate fails, a gate
 * with no data (the run could not complete) says "no data".
 * Example: `statusMark('fail', 'warning')` → `{ status: 'warn', icon: '⚠', text: 'warn' }`.
 */
export function statusMark(status: GateResult['status'], severity: 'blocking' | 'warning'): StatusMark {
  return MARKS[status === 'pass' || status === 'no_data' ? status : severity === 'warning' ? 'warn' : 'fail'];
}

/** The mark of a verdict. Example: `verdictMark('error').text` → `"ERROR"`. */
export function verdictMark(verdict: Verdict): StatusMark {
  return MARKS[verdict];
}
