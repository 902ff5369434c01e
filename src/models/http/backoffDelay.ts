/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
 * Jitter"): a uniform draw in `[0, min(maxMs, baseMs · 2^retry))`, `retry` counting from 0.
 * `random` returns a number in [0, 1) (inject a seeded one in tests). Cost O(1).
 * Example: `backoffDelay(3, 250, 10_000, () => 0.5)` → `1000`.
 */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: () => number): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.min(retry, 52));
  return Math.floor(random() * cap);
}
