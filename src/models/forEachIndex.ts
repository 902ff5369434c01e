/**
 * Runs `task(i)` for every `i` in `[0, count)` with at most `workers` running at once, without
 * creating `count` pending promises up front. Resolves when all are done; a throwing task
 * rejects the whole run (callers pass tasks that never throw). Once `signal` is aborted no new
 * task starts: it resolves when the running ones are done (the caller checks the signal). With
 * `yieldBetween`, a worker waits for the end of the event-loop turn (setImmediate) before its next
 * task, so that work scheduled for that turn by the finished task (a journal write) comes first.
 * Cost O(count) tasks.
 * Example: `await forEachIndex(10_000, 64, async (i) => { out[i] = i })` fills `out` in any order.
 */
export async function forEachIndex(count: number, workers: number, task: (i: number) => Promise<void>, signal?: AbortSignal, opts: { yieldBetween?: boolean } = {}): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count && signal?.aborted !== true) {
      await task(next++);
      // Let what the task's answer set off at the end of this turn (its journal write) happen
      // before the next request goes out.
      if (opts.yieldBetween && next < count) await new Promise<void>((r) => setImmediate(r));
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, count) }, worker));
}
