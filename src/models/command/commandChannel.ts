import { InvalidInputError, RunError } from '../../problem.js';
import { ChildLink, describeExit } from './childLink.js';

/** What a channel runs and how it recovers. */
export interface ChannelSpec {
  argv: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How messages name the process, e.g. "model command `node m.mjs`". */
  label: string;
  /** How many times a process that died (or was stopped after a timeout) is replaced. */
  restarts: number;
  graceMs: number;
  /** A request every new process must answer first (the fit replay); `check` returns what is wrong. */
  init?: { payload: Record<string, unknown>; timeoutMs: number; check: (reply: Record<string, unknown>) => string | undefined };
}

/** One request's outcome: the reply, or an error for the inputs it carried. */
export type CallResult = { ok: true; message: Record<string, unknown>; ms: number } | { ok: false; error: string; ms: number };

const SPAWN_CONFIG_ERRORS = new Set(['ENOENT', 'EACCES', 'ENOTDIR', 'EISDIR', 'EPERM']);

/**
 * A long-lived child process behind a queue: started lazily, one request at a time, restarted at
 * most `restarts` times when it dies or stops answering. A request whose process died is retried once
 * on the next process, then fails with the exit code or signal and the last stderr lines; a garbage
 * line or a timeout fails only that request. Once the budget is spent every call rejects with a
 * RunError; a command that cannot be started at all rejects with InvalidInputError.
 * Cost: one process start plus one round trip per request.
 * Example: `await channel.call({ inputs: ['hi'] }, 1000)` → `{ ok: true, message: { id: 'r1', outputs: […] }, ms: 3.2 }`.
 */
export class CommandChannel {
  private link?: ChildLink;
  private starts = 0;
  private nextId = 0;
  /** Why the last process stopped, and its last stderr lines. */
  private lastStop = { why: '', tail: '' };
  private dead?: Error;
  private closing?: Promise<void>;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly stopping = new Set<Promise<void>>();

  constructor(private readonly spec: ChannelSpec) {}

  /** Sends `payload` (an `id` is added) and returns the matching reply or why there is none. */
  call(payload: Record<string, unknown>, timeoutMs: number): Promise<CallResult> {
    return this.exclusive(() => this.attempt(payload, timeoutMs));
  }

  /** Starts the process now (and answers `init`) instead of on the first call. */
  start(): Promise<void> {
    return this.exclusive(async () => void (await this.ensureLink()));
  }

  /** Ends the process (stdin end, then SIGTERM and SIGKILL after grace periods); later calls reject. */
  close(): Promise<void> {
    if (!this.closing) {
      const link = this.link;
      this.link = undefined;
      this.dead = new Error(`${this.spec.label} is closed`);
      this.closing = Promise.all([link?.stop(this.spec.graceMs), ...this.stopping]).then(() => undefined);
    }
    return this.closing;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async attempt(payload: Record<string, unknown>, timeoutMs: number): Promise<CallResult> {
    for (let retry = false; ; retry = true) {
      const link = await this.ensureLink();
      const id = `r${++this.nextId}`;
      let line: string;
      try {
        line = JSON.stringify({ id, ...payload });
      } catch (e) {
        return { ok: false, error: `cannot send the request as JSON: ${e instanceof Error ? e.message : String(e)}`, ms: 0 };
      }
      const x = await link.exchange(id, line, timeoutMs);
      if (x.kind === 'reply') return { ok: true, message: x.message, ms: x.ms };
      if (x.kind === 'garbage') return { ok: false, error: `${this.spec.label} ${x.detail}`, ms: x.ms };
      if (x.kind === 'timeout') {
        this.retire(link, `gave no answer within ${timeoutMs} ms`);
        return { ok: false, error: `${this.spec.label} gave no answer within ${timeoutMs} ms; the process was stopped${link.tail.describe()}`, ms: x.ms };
      }
      if (this.closing) return { ok: false, error: `${this.spec.label} was closed while answering`, ms: x.ms };
      this.dropExited(link);
      if (!retry && this.starts <= this.spec.restarts) continue;
      const again = retry ? ' (the request had already been retried once)' : '';
      return { ok: false, error: `${this.spec.label} ${this.lastStop.why} while answering${again}${this.lastStop.tail}`, ms: x.ms };
    }
  }

  private retire(link: ChildLink, why: string): void {
    if (this.link === link) this.link = undefined;
    this.lastStop = { why, tail: link.tail.describe() };
    const p = link.stop(this.spec.graceMs, false);
    this.stopping.add(p);
    void p.finally(() => this.stopping.delete(p));
  }

  private dropExited(link: ChildLink): void {
    if (this.link === link) this.link = undefined;
    if (link.exit) this.lastStop = { why: describeExit(link.exit), tail: link.tail.describe() };
  }

  private async ensureLink(): Promise<ChildLink> {
    for (;;) {
      if (this.link && !this.link.exit) return this.link;
      if (this.link) this.dropExited(this.link);
      if (this.dead) throw this.dead;
      if (this.starts > this.spec.restarts) {
        const restarts = `${this.spec.restarts} restart${this.spec.restarts === 1 ? '' : 's'}`;
        this.dead = new RunError(`${this.spec.label} stopped ${this.starts} times; gave up after ${restarts}. Last time it ${this.lastStop.why}${this.lastStop.tail}`, 'model-unavailable');
        throw this.dead;
      }
      this.starts++;
      const link = new ChildLink(this.spec.argv, { cwd: this.spec.cwd, env: this.spec.env });
      this.link = link;
      const failed = await link.ready;
      if (failed?.spawnError) throw this.startFailed(failed.spawnError);
      if (!this.spec.init) return link;
      const { payload, timeoutMs, check } = this.spec.init;
      const id = `f${++this.nextId}`;
      const x = await link.exchange(id, JSON.stringify({ id, ...payload }), timeoutMs);
      if (this.closing) throw this.dead;
      if (x.kind === 'exit') {
        this.dropExited(link);
        continue;
      }
      const wrong = x.kind === 'reply' ? check(x.message) : x.kind === 'garbage' ? x.detail : `gave no answer within ${timeoutMs} ms`;
      if (wrong === undefined) return link;
      this.retire(link, wrong);
      this.dead = new RunError(`${this.spec.label} ${wrong}${link.tail.describe()}`, 'fit-failed');
      throw this.dead;
    }
  }

  private startFailed(e: NodeJS.ErrnoException): Error {
    this.link = undefined;
    const where = this.spec.cwd ? ` (cwd ${this.spec.cwd})` : '';
    const message = `${this.spec.label} could not be started${where}: ${e.message}`;
    this.dead =
      e.code && SPAWN_CONFIG_ERRORS.has(e.code)
        ? new InvalidInputError([{ code: 'bad-model-command', path: ['command'], message }])
        : new RunError(message, 'model-unavailable');
    return this.dead;
  }
}
