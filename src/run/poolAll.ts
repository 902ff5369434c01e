/**
 * Runs `task` over every item with at most `limit` running at once; results in item order.
 * `onActive` hears how many tasks are running whenever that number is about to fall.
 * @example await poolAll([1, 2, 3], 2, async (x) => x * 2) // [2, 4, 6]
 */
export async function poolAll<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>, onActive?: (running: number) => void): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Math.max(1, Math.min(limit, items.length));
  let running = workers;
  onActive?.(running);
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
    onActive?.(--running);
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return out;
}
