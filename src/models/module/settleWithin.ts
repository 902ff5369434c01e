/**
 * What `work` settles to, or `{ timedOut: true }` once `ms` milliseconds pass first. The timer
 * keeps the process alive while it waits (a promise that never settles cannot end the run
 * silently) and is cleared as soon as `work` settles; a late result is dropped. In-process code
 * cannot be stopped, so work that blocks the event loop is not cut short. Rejects when `work`
 * rejects in time. Cost: one timer.
 * Example: `await settleWithin(new Promise(() => {}), 10)` → `{ timedOut: true }` after 10 ms.
 */
export function settleWithin<T>(work: Promise<T>, ms: number): Promise<{ timedOut: false; value: T } | { timedOut: true }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve({ timedOut: true }), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve({ timedOut: false, value });
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
