/** How a status is shown: a word and an icon (never colour alone), and the CSS class that colours it. */
export interface StatusMark {
  status: 'pass' | 'warn' | 'fail';
  icon: string;
  text: string;
}

const MARKS: Record<StatusMark['status'], StatusMark> = {
  pass: { status: 'pass', icon: '✔', text: 'pass' },
  warn: { status: 'warn', icon: '⚠', text: 'warn' },
  fail: { status: 'fail', icon: '✘', text: 'FAIL' },
};

/**
 * The mark of a gate outcome: a failed warning gate warns, a failed blocking gate fails.
 * Example: `statusMark('fail', 'warning')` → `{ status: 'warn', icon: '⚠', text: 'warn' }`.
 */
export function statusMark(status: 'pass' | 'fail', severity: 'blocking' | 'warning'): StatusMark {
  return MARKS[status === 'pass' ? 'pass' : severity === 'warning' ? 'warn' : 'fail'];
}

/** The mark of a verdict. Example: `verdictMark('warn').text` → `"warn"`. */
export function verdictMark(verdict: StatusMark['status']): StatusMark {
  return MARKS[verdict];
}
