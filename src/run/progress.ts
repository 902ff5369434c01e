import cliProgress from 'cli-progress';

/** What a long run reports as model calls complete. */
export interface Progress {
  /** Records `n` finished calls, `errors` of them failed. */
  tick(n: number, errors?: number): void;
  /** Ends the display (the bar's final line, or a last status line). */
  stop(): void;
}

/** A progress display that shows nothing (`--quiet`, tests). */
export const silentProgress: Progress = { tick() {}, stop() {} };

/**
 * Progress for long runs, on stderr. On a terminal: a bar with done/total, rate, ETA and errors
 * (cli-progress). Off a terminal (CI logs): one status line every `intervalMs` (default 10 s), and a
 * final one when any was printed. `now` is injectable for tests.
 */
export function createProgress(
  label: string,
  total: number,
  stream: { write(s: string): unknown; isTTY?: boolean },
  opts: { intervalMs?: number; now?: () => number } = {},
): Progress {
  let done = 0;
  let errors = 0;
  const now = opts.now ?? Date.now;
  const started = now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | errors {errors}`,
        stream: stream as NodeJS.WritableStream,
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0', errors: 0 });
    return {
      tick(n, e = 0) {
        done += n;
        errors += e;
        const secs = Math.max((now() - started) / 1000, 1e-3);
        bar.update(done, { rate: (done / secs).toFixed(1), errors });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const interval = opts.intervalMs ?? 10_000;
  let last = started;
  let printed = false;
  const line = () => {
    const secs = Math.max((now() - started) / 1000, 1e-3);
    const rate = done / secs;
    const eta = rate > 0 ? Math.max(0, Math.round((total - done) / rate)) : NaN;
    stream.write(`${label}: ${done}/${total} (${((100 * done) / Math.max(total, 1)).toFixed(1)}%), ${rate.toFixed(1)}/s, ETA ${Number.isNaN(eta) ? '?' : `${eta}s`}, errors ${errors}\n`);
  };
  return {
    tick(n, e = 0) {
      done += n;
      errors += e;
      const t = now();
      if (t - last >= interval) {
        last = t;
        printed = true;
        line();
      }
    },
    stop() {
      // A run short enough never to print a status line ends quietly.
      if (printed) line();
    },
  };
}
