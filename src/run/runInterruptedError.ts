import { EvalgateError } from '../problem.js';

/**
 * A run stopped by SIGINT or SIGTERM before it finished: exit 130 or 143 (128 + the signal's
 * number, as a shell reports it). `kept` answers are in `<out>/records.jsonl` (those of earlier
 * sessions of a resumed run included); `--resume` continues from them.
 * Example: `new RunInterruptedError('SIGTERM', 'out', 3).exitCode` → `143`.
 */
export class RunInterruptedError extends EvalgateError {
  constructor(readonly signal: string, readonly out: string, readonly kept: number) {
    super(`interrupted by ${signal}: ${kept} answer${kept === 1 ? '' : 's'} kept in ${out}/records.jsonl`, 'interrupted', signal === 'SIGTERM' ? 143 : 130);
  }
}
