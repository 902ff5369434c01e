import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError } from '../problem.js';
import { outputError } from '../outputError.js';

/** The lock file's name inside an output directory. */
export const LOCK_FILE = '.evalgate.lock';

/** Who holds an output directory: the lock file's content. */
export interface LockHolder {
  pid: number;
  host: string;
  started_at: string;
  command: string;
}

/** A held lock: {@link release} removes the lock file (once; also done when the process exits). */
export interface OutputLock {
  readonly path: string;
  release(): void;
}

/**
 * Makes `dir` (like mkdir -p) and takes its lock: a file `.evalgate.lock` created exclusively,
 * holding this process's pid, host, start time and `command`. One writer per output directory: a
 * second run on the same directory gets InvalidInputError (exit 2) naming the holder. A lock whose
 * process is gone (same host, pid not alive) or that cannot be read is stale: it is taken over.
 * A path that cannot be a directory (a file in the way, no permission) is InvalidInputError too.
 * Example: `lockOutput('out', 'evalgate run s.yaml').release()` leaves `out/` without a lock.
 */
export function lockOutput(dir: string, command: string, opts: { alive?: (pid: number) => boolean } = {}): OutputLock {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw outputError(e, dir);
  }
  const path = join(dir, LOCK_FILE);
  const alive = opts.alive ?? pidAlive;
  const me: LockHolder = { pid: process.pid, host: hostname(), started_at: new Date().toISOString(), command };
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw outputError(e, path);
      const holder = readHolder(path);
      if (holder && (holder.host !== me.host || alive(holder.pid))) {
        throw new InvalidInputError([{
          code: 'output-in-use',
          file: dir,
          path: ['--out'],
          message: `another evalgate run writes here: pid ${holder.pid} on ${holder.host}, started ${holder.started_at} (${holder.command}); wait for it to end or choose another --out (a lock left by a process that is gone is taken over: remove ${path} only if that run is not alive)`,
        }]);
      }
      try {
        unlinkSync(path); // stale: its process is gone
      } catch {
        // another process took it over first: the next attempt says who holds it
      }
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(me)}\n`);
    } finally {
      closeSync(fd);
    }
    break;
  }
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    try {
      const holder = readHolder(path);
      if (holder?.pid === me.pid && holder.started_at === me.started_at) unlinkSync(path);
    } catch {
      // gone already
    }
  };
  process.on('exit', release);
  return { path, release };
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
