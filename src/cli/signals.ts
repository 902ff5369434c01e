import { InterruptedError } from '../models/interrupted.js';

/** What {@link watchSignals} needs from the command it guards. */
export interface SignalHooks {
  /** The first SIGINT or SIGTERM: stop the run (the command finishes cleanly and reports). */
  stop(signal: 'SIGINT' | 'SIGTERM'): void;
  /** The second: restore the terminal and release what is held; the process then exits at once. */
  quitNow(signal: 'SIGINT' | 'SIGTERM'): void;
}

/**
 * Handles SIGINT and SIGTERM while a command runs: the first calls `hooks.stop` (with an
 * InterruptedError as the abort reason, for the caller's AbortController), the second calls
 * `hooks.quitNow` and exits at once with 130 (SIGINT) or 143 (SIGTERM). Returns the function that
 * removes the handlers. The journal is consistent at any moment (whole records, one write per
 * event-loop turn), so exiting at once loses nothing written.
 * Example: `const off = watchSignals({ stop, quitNow }); …; off()`.
 */
export function watchSignals(hooks: SignalHooks): () => void {
  let seen = 0;
  const on = (signal: 'SIGINT' | 'SIGTERM') => (): void => {
    seen++;
    if (seen === 1) {
      hooks.stop(signal);
      return;
    }
    hooks.quitNow(signal);
    process.exit(signal === 'SIGTERM' ? 143 : 130);
  };
  const onInt = on('SIGINT');
  const onTerm = on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return () => {
    process.removeListener('SIGINT', onInt);
    process.removeListener('SIGTERM', onTerm);
  };
}

/** An AbortController whose abort reason names the signal. */
export function abortFor(controller: AbortController, signal: 'SIGINT' | 'SIGTERM'): void {
  controller.abort(new InterruptedError(signal));
}
