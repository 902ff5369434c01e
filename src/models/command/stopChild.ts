import type { ChildProcess } from 'node:child_process';

/** Resolves true when `done` settles within `ms`, false otherwise (the timer keeps Node alive meanwhile). */
function within(done: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  return Promise.race([done.then(() => true), late]).finally(() => clearTimeout(timer));
}

/**
 * Stops a child process and resolves once it has exited: politely, by ending its stdin and waiting
 * `graceMs`; then SIGTERM and another `graceMs`; then SIGKILL. With `politely: false` it starts at
 * SIGTERM (for a child that stopped answering). `exited` must resolve when the child has exited.
 * Cost: at most 2 × graceMs plus the exit. Never throws.
 * Example: `await stopChild(child, exited, 2000)` → `undefined` (the child is gone).
 */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>, graceMs: number, politely = true): Promise<void> {
  if (politely) {
    child.stdin?.end();
    if (await within(exited, graceMs)) return;
  }
  child.kill('SIGTERM');
  if (await within(exited, graceMs)) return;
  child.kill('SIGKILL');
  await exited;
}
