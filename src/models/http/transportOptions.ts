import type { Problem } from '../../problem.js';
import type { RetryPolicy } from './sendWithRetries.js';

/** The robustness settings every remote adapter shares; every field is optional. */
export interface TransportOptions {
  /** Per-attempt budget for connecting, sending and reading the response (default 30 000). */
  timeoutMs?: number;
  /** Requests in flight at most, across all `predict` calls of the model (default 8). */
  concurrency?: number;
  /** Retries after a failed attempt (default 3: at most 4 attempts). */
  retries?: number;
  /** Backoff base (default 250 ms) and cap before jitter (default 10 000 ms). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest `Retry-After` wait honoured (default 60 000 ms). */
  maxRetryAfterMs?: number;
  /** Uniform in [0, 1) for the backoff jitter (default `Math.random`; inject a seeded one in tests). */
  random?: () => number;
  /** Waits between attempts (default: a timer); tests inject one that records the waits. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Where `${VAR}` references are read (default `process.env`, read at every `predict`). */
  env?: NodeJS.ProcessEnv;
}

/** {@link TransportOptions} with every default filled in. */
export interface TransportSettings {
  timeoutMs: number;
  concurrency: number;
  policy: RetryPolicy;
  env: NodeJS.ProcessEnv;
}

/** Waits `ms` on a timer, or less when `signal` aborts. Example: `await timerSleep(10)` → resolves after ~10 ms. */
export function timerSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

const INTEGER_OPTIONS: [keyof TransportOptions, number, number][] = [
  // name, default, minimum
  ['timeoutMs', 30_000, 1], ['concurrency', 8, 1], ['retries', 3, 0],
  ['baseDelayMs', 250, 0], ['maxDelayMs', 10_000, 0], ['maxRetryAfterMs', 60_000, 0],
];

/**
 * Fills the defaults of the shared transport options and pushes a `model-config` problem onto
 * `problems` for each one that is not an integer in range (the returned settings then hold the
 * default in its place). Cost O(1).
 * Example: `transportSettings({ retries: -1 }, problems)` → pushes `retries: must be an integer >= 0 (got -1)`.
 */
export function transportSettings(options: TransportOptions, problems: Problem[]): TransportSettings {
  const n: Record<string, number> = {};
  for (const [key, fallback, min] of INTEGER_OPTIONS) {
    const v = options[key];
    n[key] = fallback;
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      problems.push({ code: 'model-config', path: [key], message: `must be an integer >= ${min} (got ${JSON.stringify(v) ?? String(v)})` });
    } else n[key] = v;
  }
  return {
    timeoutMs: n.timeoutMs,
    concurrency: n.concurrency,
    env: options.env ?? process.env,
    policy: {
      retries: n.retries,
      baseDelayMs: n.baseDelayMs,
      maxDelayMs: n.maxDelayMs,
      maxRetryAfterMs: n.maxRetryAfterMs,
      random: options.random ?? Math.random,
      sleep: options.sleep ?? timerSleep,
      now: Date.now,
    },
  };
}
