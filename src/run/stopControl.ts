import { InterruptedError } from '../models/interrupted.js';
import type { Model } from '../models/model.js';

/** How long the calls in flight may go on after a stop before they are abandoned, by default. */
export const DEFAULT_DRAIN_MS = 5000;

/**
 * Stopping a run (the CLI's first Ctrl-C or SIGTERM aborts `signal`): {@link wrap} gives every
 * model call the signal, so adapters send nothing new, refuses calls made after the stop, and
 * counts the calls in flight; {@link stopped} rejects with an InterruptedError once they are all
 * done or `drainMs` has passed, whichever comes first. Example:
 * `new StopControl(new AbortController().signal).wrap(m).identity === m.identity` → `true`.
 */
export class StopControl {
  private inFlight = 0;
  private idle: (() => void) | undefined;
  /** Rejects with an InterruptedError when the run must stop (never settles otherwise). */
  readonly stopped: Promise<never>;

  constructor(readonly signal: AbortSignal, readonly drainMs = DEFAULT_DRAIN_MS) {
    this.stopped = new Promise<never>((_, reject) => {
      const onAbort = (): void => {
        const reason = this.reason;
        const timer = setTimeout(() => reject(reason), drainMs);
        timer.unref();
        const done = (): void => {
          clearTimeout(timer);
          reject(reason);
        };
        if (this.inFlight === 0) done();
        else this.idle = done;
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    // Nobody may be listening yet (a run that is not racing it): never an unhandled rejection.
    this.stopped.catch(() => {});
  }

  /** The reason the run stops, once aborted. */
  get reason(): InterruptedError {
    return this.signal.reason instanceof InterruptedError ? this.signal.reason : new InterruptedError();
  }

  /** `model`, with the signal handed to every call and the calls counted (its fitted models too). */
  wrap(model: Model): Model {
    const control = this;
    return {
      get identity() {
        return model.identity;
      },
      get classes() {
        return model.classes;
      },
      async predict(inputs, opts = {}) {
        if (control.signal.aborted) throw control.reason;
        control.inFlight++;
        try {
          return await model.predict(inputs, { ...opts, signal: control.signal });
        } finally {
          if (--control.inFlight === 0 && control.idle) control.idle();
        }
      },
      ...(model.fit ? { fit: async (examples) => control.wrap(await model.fit!(examples)) } : {}),
      ...(model.close ? { close: () => model.close!() } : {}),
    };
  }
}
