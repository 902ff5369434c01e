/** A counting semaphore: at most `limit` tasks run at once, the others wait in FIFO order. */
export interface Limiter {
  /** Runs `task` once a slot is free; the slot is released when its promise settles. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

/**
 * Creates a {@link Limiter} allowing `limit` tasks in flight. O(1) per task; the wait queue is
 * an array with a moving head, compacted as it drains. Throws a plain `Error` unless `limit` is
 * an integer ≥ 1. Example: `createLimiter(2).run(async () => 7)` → resolves to `7`.
 */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency must be an integer >= 1 (got ${limit})`);
  let active = 0;
  let queue: (() => void)[] = [];
  let head = 0;
  const release = (): void => {
    if (head < queue.length) {
      const next = queue[head++];
      if (head > 1024 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      next(); // the slot passes straight to the next task: `active` is unchanged
    } else active--;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < limit) active++;
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length - head;
    },
  };
}
