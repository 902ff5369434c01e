import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const children = new Set<ChildProcess>();
const dirs = new Set<string>();
let hooked = false;

function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const c of children) {
      try {
        c.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
}

/**
 * Makes sure a model child process does not outlive evalgate: it is SIGKILLed when this process
 * exits if it is still registered. Returns the function that unregisters it (call it on its exit).
 * Cost O(1). Never throws. Example: `const untrack = killOnExit(child); child.once('exit', untrack)`.
 */
export function killOnExit(child: ChildProcess): () => void {
  hook();
  children.add(child);
  return () => void children.delete(child);
}

/**
 * Removes a temporary directory when this process exits if it is still registered; returns the
 * function that unregisters it. Cost O(1). Never throws. Example: `const untrack = removeOnExit(dir)`.
 */
export function removeOnExit(dir: string): () => void {
  hook();
  dirs.add(dir);
  return () => void dirs.delete(dir);
}
