import { spawn, type ChildProcess } from 'node:child_process';
import { killOnExit } from './exitCleanup.js';
import { StderrTail } from './stderrTail.js';
import { stopChild } from './stopChild.js';

/** How a child process ended; `spawnError` when it never started. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  spawnError?: NodeJS.ErrnoException;
}

/** The outcome of one request: the matching reply, or why there is none. `ms` is the wall time. */
export type Exchange =
  | { kind: 'reply'; message: Record<string, unknown>; ms: number }
  | { kind: 'garbage'; detail: string; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'exit'; exit: ExitInfo; ms: number };

type Outcome = Exchange extends infer E ? (E extends Exchange ? Omit<E, 'ms'> : never) : never;

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `exited with code 3`, `was killed by SIGKILL`, `could not be started (spawn x ENOENT)`. */
export function describeExit(exit: ExitInfo): string {
  if (exit.spawnError) return `could not be started (${exit.spawnError.message})`;
  if (exit.signal) return `was killed by ${exit.signal}`;
  return `exited with code ${exit.code}`;
}

/**
 * One spawned child (`shell: false`) speaking JSON lines: one request in flight at a time, matched
 * by id; a non-JSON line, non-object JSON or an unknown id while a request waits is `garbage` for that
 * request; a late reply to an abandoned request is dropped. stderr goes to {@link tail}. The child and
 * its pipes are unref'd (a pending request's timer keeps Node alive) and SIGKILLed if Node exits.
 * Cost O(output) per request. Never throws after construction.
 * Example: `await new ChildLink(['node', 'm.mjs']).exchange('r1', line, 1000)` → `{ kind: 'reply', … }`.
 */
export class ChildLink {
  readonly tail = new StderrTail();
  /** Resolves when the child has started (undefined) or failed to start (its ExitInfo). */
  readonly ready: Promise<ExitInfo | undefined>;
  /** Resolves once the child has exited and its output was read. */
  readonly exited: Promise<ExitInfo>;
  exit?: ExitInfo;
  private readonly child: ChildProcess;
  private pending?: { id: string; settle: (o: Outcome) => void };
  private readonly abandoned = new Set<string>();
  private buffer = '';
  private stopping?: Promise<void>;

  constructor(argv: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
    const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd, env: options.env, shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    const untrack = killOnExit(child);
    let started!: (v: ExitInfo | undefined) => void;
    let ended!: (v: ExitInfo) => void;
    this.ready = new Promise((r) => (started = r));
    this.exited = new Promise((r) => (ended = r));
    const finish = (spawnError?: NodeJS.ErrnoException) => {
      if (this.exit) return;
      this.flush();
      this.exit = { code: child.exitCode, signal: child.signalCode, ...(spawnError ? { spawnError } : {}) };
      untrack();
      started(this.exit);
      this.pending?.settle({ kind: 'exit', exit: this.exit });
      ended(this.exit);
    };
    child.once('spawn', () => started(undefined));
    child.on('error', (e: NodeJS.ErrnoException) => (child.pid === undefined ? finish(e) : undefined));
    child.once('exit', () => setTimeout(finish, 200).unref());
    child.once('close', () => finish());
    child.stdin?.on('error', () => undefined); // EPIPE when the child is gone: its exit reports it
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => this.onData(chunk));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => this.tail.push(chunk));
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as { unref?: () => void } | null)?.unref?.();
  }

  /** Sends one request line (which must carry `id`) and waits for its reply, at most `timeoutMs`. */
  exchange(id: string, line: string, timeoutMs: number): Promise<Exchange> {
    const t0 = performance.now();
    if (this.exit) return Promise.resolve({ kind: 'exit', exit: this.exit, ms: 0 });
    if (this.pending) throw new Error('ChildLink: one request at a time');
    return new Promise<Exchange>((resolve) => {
      const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);
      const settle = (o: Outcome) => {
        clearTimeout(timer);
        this.pending = undefined;
        if (o.kind !== 'reply') this.abandoned.add(id);
        resolve({ ...o, ms: performance.now() - t0 } as Exchange);
      };
      this.pending = { id, settle };
      this.child.stdin?.write(`${line}\n`);
    });
  }

  /** Stops the child (see {@link stopChild}); safe to call more than once. */
  stop(graceMs: number, politely = true): Promise<void> {
    if (this.exit) return Promise.resolve();
    this.stopping ??= stopChild(this.child, this.exited, graceMs, politely);
    return this.stopping;
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
  }

  private flush(): void {
    const rest = this.buffer;
    this.buffer = '';
    if (rest !== '') this.onLine(rest);
  }

  private onLine(line: string): void {
    if (line.trim() === '') return;
    const p = this.pending;
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch {
      p?.settle({ kind: 'garbage', detail: `printed a line that is not JSON: ${clip(line)}` });
      return;
    }
    if (!isObject(msg)) return p?.settle({ kind: 'garbage', detail: `printed JSON that is not an object: ${clip(line)}` });
    if (typeof msg.id === 'string' && this.abandoned.has(msg.id)) return;
    if (!p) return;
    if (msg.id !== p.id) {
      const got = msg.id === undefined ? 'a message without "id"' : `id ${clip(JSON.stringify(msg.id))}`;
      return p.settle({ kind: 'garbage', detail: `answered with ${got} while request "${p.id}" was waiting` });
    }
    p.settle({ kind: 'reply', message: msg });
  }
}
