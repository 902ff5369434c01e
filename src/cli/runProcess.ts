import { main, reportError } from './main.js';
import { processIo, type CliIo } from './io.js';

/** Said when the process ran out of work while the command still waited: never Node's exit 13. */
export const STALLED_MESSAGE =
  'evalgate: internal error: the command stopped waiting on work that can never finish (a promise that never settles, ' +
  "e.g. a model module's fit or close that never answers); nothing was decided. Please report this if no model code is to blame.\n";

/**
 * Runs the CLI as the `evalgate` process (bin/evalgate.js): sets `process.exitCode` to what
 * {@link main} resolves to, and makes sure the process never ends with a code outside the
 * documented ones (0, 1, 2, 3, and 130/143 on SIGINT/SIGTERM): the event loop running dry while
 * main still waits (Node's exit 13 under a top-level await, or a silent 0 without one) ends with
 * exit 3 and a message; an uncaught exception or unhandled rejection (Node's exit 1, which CI would
 * read as a failed gate) ends with exit 3 and the usual internal-error message. Cost: three listeners.
 * Example: `runProcess(['validate', 's.yaml'])` → the process exits 0 or 2.
 */
export function runProcess(argv: string[], io: CliIo = processIo): void {
  let settled = false;
  // 'beforeExit' comes only when the event loop runs dry, never on an explicit process.exit()
  // (e.g. a second Ctrl-C exiting 130 at once), whose code must stand.
  process.once('beforeExit', () => {
    if (settled) return;
    io.stderr.write(STALLED_MESSAGE);
    process.exitCode = 3;
  });
  const crash = (e: unknown): void => {
    settled = true;
    process.exitCode = reportError(e, io);
    process.exit();
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  main(argv, io).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    crash,
  );
}
