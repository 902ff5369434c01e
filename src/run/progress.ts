import cliProgress from 'cli-progress';

/** What a long run reports as model calls complete. */
export interface Progress {
  /** Records `n` finished calls, `errors` of them failed. */
  tick(n: number, errors?: number): void;
  /** Ends this check's display (collapsed to its final line). */
  stop(): void;
}

/** A progress display that shows nothing (`--quiet`, tests). */
export const silentProgress: Progress = { tick() {}, stop() {} };

/** Where a check stands, as the board last saw it. */
export interface CheckProgress {
  label: string;
  done: number;
  total: number;
  errors: number;
  finished: boolean;
}

/** The progress of a whole run: one line per check that is running. */
export interface ProgressBoard {
  /** Starts showing a check of `total` calls (or units) and returns its handle. */
  track(label: string, total: number): Progress;
  /** Every check tracked so far, in the order they started. */
  checks(): readonly CheckProgress[];
  /** Stops the display and restores the terminal (cursor shown); idempotent. */
  close(): void;
}

type Stream = { write(s: string): unknown; isTTY?: boolean };

/** Options of {@link createProgressBoard}: the plain-line interval off a terminal, and clocks for tests. */
export interface BoardOptions {
  /** Off a terminal: a status line at least this often while work goes on (default 10 s). */
  intervalMs?: number;
  now?: () => number;
  /** Replaces setInterval/clearInterval (tests drive the clock). */
  timer?: { every(ms: number, fn: () => void): () => void };
}

/**
 * Progress of a run on `stream` (stderr). On a terminal: a bar per running check, redrawn as
 * answers arrive (cli-progress, at most 20 times a second), with done/total, rate, ETA and errors
 * so far; a finished check collapses to one line. Off a terminal (CI logs): a plain status line per
 * running check at least every `intervalMs`, even when no answer came, and each check's final line
 * once when it ends (unless the same line was the last one printed for it, or it ended within one
 * interval without any line printed). Cost per tick: a few additions; the drawing is throttled.
 */
export function createProgressBoard(stream: Stream, opts: BoardOptions = {}): ProgressBoard {
  const now = opts.now ?? Date.now;
  const checks: (CheckProgress & { started: number; last?: string })[] = [];
  const rate = (c: { done: number; started: number }): number => c.done / Math.max((now() - c.started) / 1000, 1e-3);
  const secs = (c: { started: number }): string => `${((now() - c.started) / 1000).toFixed(1)}s`;
  const finalLine = (c: CheckProgress & { started: number }): string =>
    `${c.label}: ${c.done}/${c.total} done in ${secs(c)}, ${rate(c).toFixed(1)}/s, errors ${c.errors}`;
  let closed = false;
  if (stream.isTTY) {
    const multi = new cliProgress.MultiBar(
      {
        format: '{label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | errors {errors}',
        stream: stream as NodeJS.WritableStream,
        hideCursor: true,
        etaBuffer: 50,
        fps: 20,
        clearOnComplete: false,
        autopadding: true,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      track(label, total) {
        const c = { label, done: 0, total, errors: 0, finished: false, started: now() };
        checks.push(c);
        const bar = multi.create(total, 0, { label, rate: '0.0', errors: 0 });
        return {
          tick(n, e = 0) {
            c.done += n;
            c.errors += e;
            bar.update(c.done, { label, rate: rate(c).toFixed(1), errors: c.errors });
          },
          stop() {
            if (c.finished) return;
            c.finished = true;
            multi.remove(bar);
            if (closed) return;
            multi.log(`✔ ${finalLine(c)}\n`);
            multi.update(); // draw the collapsed line now: a board closed next would drop it
          },
        };
      },
      checks: () => checks,
      close() {
        if (closed) return;
        closed = true;
        multi.stop();
      },
    };
  }
  const interval = opts.intervalMs ?? 10_000;
  const statusLine = (c: CheckProgress & { started: number }): string => {
    const r = rate(c);
    const eta = r > 0 ? `${Math.max(0, Math.round((c.total - c.done) / r))}s` : '?';
    return `${c.label}: ${c.done}/${c.total} (${((100 * c.done) / Math.max(c.total, 1)).toFixed(1)}%), ${r.toFixed(1)}/s, ETA ${eta}, errors ${c.errors}`;
  };
  const print = (c: (typeof checks)[number], line: string): void => {
    if (c.last === line) return;
    c.last = line;
    stream.write(`${line}\n`);
  };
  const every = opts.timer?.every ?? ((ms: number, fn: () => void) => {
    const t = setInterval(fn, ms);
    t.unref();
    return () => clearInterval(t);
  });
  let cancel: (() => void) | undefined;
  const beat = (): void => {
    for (const c of checks) if (!c.finished) print(c, statusLine(c));
  };
  return {
    track(label, total) {
      const c: (typeof checks)[number] = { label, done: 0, total, errors: 0, finished: false, started: now() };
      checks.push(c);
      cancel ??= every(interval, beat);
      return {
        tick(n, e = 0) {
          c.done += n;
          c.errors += e;
        },
        stop() {
          if (c.finished) return;
          c.finished = true;
          if (closed) return;
          if (c.last !== undefined || now() - c.started >= interval) print(c, finalLine(c));
        },
      };
    },
    checks: () => checks,
    close() {
      if (closed) return;
      closed = true;
      cancel?.();
    },
  };
}

/**
 * Progress of one check alone (a board with a single line, closed when the check stops). On a
 * terminal a bar; off one, a status line at least every `intervalMs` and a final one (see
 * {@link createProgressBoard}).
 */
export function createProgress(label: string, total: number, stream: Stream, opts: BoardOptions = {}): Progress {
  const board = createProgressBoard(stream, opts);
  const p = board.track(label, total);
  return {
    tick: (n, e) => p.tick(n, e),
    stop() {
      p.stop();
      board.close();
    },
  };
}
