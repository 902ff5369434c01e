/** What the gates decided: fail if a blocking gate failed, warn if only warning gates failed. */
export type GateVerdict = 'pass' | 'warn' | 'fail';

/** The run's verdict: the gates', or `error` when the run could not complete (Results.error says why). */
export type Verdict = GateVerdict | 'error';
