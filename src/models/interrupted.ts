/**
 * Thrown (as an AbortSignal's reason, or by a model wrapper) once a run has been told to stop:
 * every layer that turns a failed call into an error answer lets this one through, so an
 * interrupted call is never journaled as a model error. Example: `isInterrupted(new InterruptedError('SIGINT'))` → `true`.
 */
export class InterruptedError extends Error {
  constructor(readonly signal: string = 'SIGINT') {
    super(`interrupted (${signal})`);
    this.name = 'InterruptedError';
  }
}

/** Whether `e` says the run was interrupted. */
export function isInterrupted(e: unknown): boolean {
  return e instanceof InterruptedError;
}

/** Throws the signal's reason (an InterruptedError unless the caller gave another) when it is aborted. */
export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new InterruptedError();
}
