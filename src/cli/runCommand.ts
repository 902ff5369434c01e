import type { CommandModule } from 'yargs';
import { InvalidInputError } from '../problem.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/outputFormats.js';
import type { CliIo } from './io.js';
import type { EvaluateHooks, EvaluateOptions } from '../api/evaluate.js';
import type { ProgressBoard } from '../run/progress.js';
import { DEFAULT_DRAIN_MS } from '../run/stopControl.js';
import { processIo } from './io.js';
import { resumeCommandLine } from './resumeCommandLine.js';
import { abortFor, watchSignals } from './signals.js';
import { verdictExitCode } from './verdictExitCode.js';
import { cacheUseLine } from './cacheUseLine.js';

/** `evalgate run <suite> [--out DIR] [--format html,json,junit,md] [--max-examples N] [--resume] [--shard I/N] [--quiet]`. */
export function runCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'run <suite>',
    describe: 'run a suite: compute its checks, apply its gates, write the outputs',
    builder: (y) =>
      y
        .positional('suite', { type: 'string', describe: 'suite file (YAML or JSON)', demandOption: true })
        .option('out', { type: 'string', default: 'evalgate-out', describe: 'output directory' })
        .option('format', { type: 'string', default: OUTPUT_FORMATS.join(','), describe: `outputs to write, comma-separated: ${OUTPUT_FORMATS.join(', ')}` })
        .option('max-examples', { type: 'number', default: 50, describe: 'examples shown per report section (all stay in records.jsonl)' })
        .option('cache', { type: 'boolean', default: true, describe: 'reuse model answers cached by earlier runs (--no-cache asks the model again; a run still asks each input once)' })
        .option('cache-dir', { type: 'string', default: '.evalgate-cache', describe: 'where model answers are cached' })
        .option('save-baseline', { type: 'string', describe: "keep this run's records and results as the stored baseline NAME" })
        .option('baseline', { type: 'string', describe: "hold this run against the stored baseline NAME (the suite's comparison gates)" })
        .option('baselines-dir', { type: 'string', default: '.evalgate-baselines', describe: 'where stored baselines live' })
        .option('resume', { type: 'boolean', default: false, describe: "continue an interrupted run in --out: answers already in its records.jsonl are not asked again" })
        .option('shard', { type: 'string', describe: 'run shard I of N (e.g. 2/8): only its examples; writes records.jsonl and shard.json for `evalgate merge`' })
        .option('allow-outside-paths', { type: 'boolean', default: false, describe: "allow the suite to name files outside its own directory (data, model module, command paths, custom expectations)" })
        .option('progress-interval', { type: 'number', default: 10, describe: 'off a terminal (CI logs): print a progress line at least every N seconds' })
        .option('drain-ms', { type: 'number', default: DEFAULT_DRAIN_MS, describe: 'on Ctrl-C or SIGTERM: how long the model calls in flight may finish (and be kept) before they are abandoned' })
        .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' }),
    handler: async (args) => {
      // Loaded on use, so that `evalgate score` and `--help` start fast.
      const [{ evaluate }, { terminalSummary }, { createProgressBoard }, { RunInterruptedError }, { suiteHeader }] = await Promise.all([
        import('../api/evaluate.js'),
        import('../report/terminalSummary.js'),
        import('../run/progress.js'),
        import('../run/runInterruptedError.js'),
        import('./suiteHeader.js'),
      ]);
      const formats = parseFormats(String(args.format));
      const maxExamples = Number(args['max-examples']);
      if (!Number.isInteger(maxExamples) || maxExamples < 0) {
        throw new InvalidInputError([{ code: 'bad-argument', path: ['--max-examples'], message: `must be a whole number >= 0 (got ${String(args['max-examples'])})` }]);
      }
      const intervalS = Number(args['progress-interval']);
      if (!(intervalS > 0)) throw new InvalidInputError([{ code: 'bad-argument', path: ['--progress-interval'], message: `must be a number of seconds > 0 (got ${String(args['progress-interval'])})` }]);
      const drainMs = Number(args['drain-ms']);
      if (!(drainMs >= 0)) throw new InvalidInputError([{ code: 'bad-argument', path: ['--drain-ms'], message: `must be a number of milliseconds >= 0 (got ${String(args['drain-ms'])})` }]);
      const out = String(args.out);
      const quiet = args.quiet === true;
      const controller = new AbortController();
      const continueWith = resumeCommandLine(args, { format: OUTPUT_FORMATS.join(',') });
      let board: ProgressBoard | undefined;
      let unwatch: (() => void) | undefined;
      const hooks: EvaluateHooks = {
        // Once the suite is loaded and --out locked: the progress board, Ctrl-C handling, the header.
        onStart(suite) {
          board = quiet ? undefined : createProgressBoard(io.stderr, { intervalMs: intervalS * 1000 });
          unwatch = watchSignals({
            stop(signal) {
              board?.close();
              io.stderr.write(`\n${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'}: stopping; no new model calls, the calls in flight have ${(drainMs / 1000).toFixed(1)} s to finish and be kept (${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'} again quits at once)\n`);
              abortFor(controller, signal);
            },
            quitNow() {
              // The output lock goes with the process (lockOutput releases it on exit).
              board?.close();
              io.stderr.write(`stopped at once; the answers written so far are kept. Continue with:\n  ${continueWith}\n`);
            },
          });
          if (!quiet) io.stderr.write(suiteHeader(suite, out, { resume: args.resume === true }));
        },
        ...(quiet ? {} : { progress: (label: string, total: number) => board!.track(label, total) }),
        warn: (line) => io.stderr.write(`${line}\n`),
        info: (line) => (quiet ? undefined : io.stderr.write(`${line}\n`)),
      };
      const options: EvaluateOptions = {
        out,
        formats,
        maxExamples,
        ...(args.cache ? { cacheDir: String(args['cache-dir']) } : {}),
        ...(args.baseline !== undefined ? { baseline: String(args.baseline) } : {}),
        ...(args['save-baseline'] !== undefined ? { saveBaseline: String(args['save-baseline']) } : {}),
        baselinesDir: String(args['baselines-dir']),
        resume: args.resume === true,
        ...(args.shard !== undefined ? { shard: String(args.shard) } : {}),
        allowOutsidePaths: args['allow-outside-paths'] === true,
        signal: controller.signal,
        drainMs,
        command: `evalgate run ${String(args.suite)}`,
        continueWith,
      };
      let interrupted: number | undefined;
      try {
        const done = await evaluate(String(args.suite), options, hooks);
        if (done.kind === 'shard') {
          const { shard, manifest: sm } = done;
          if (!quiet) io.stdout.write(`shard ${shard.index}/${shard.count}: ${sm.counts.records} records, ${sm.counts.errors} of ${sm.counts.calls} calls failed; merge with \`evalgate merge\`\n`);
          setCode(0);
        } else {
          const { results, timing } = done.outcome;
          if (!quiet) io.stdout.write(terminalSummary(results, out, { color: io.stdout.isTTY === true && !process.env.NO_COLOR }));
          if (!quiet && timing.cache) io.stderr.write(cacheUseLine(timing.cache, String(args['cache-dir'])));
          if (results.error) io.stderr.write(`error: ${results.error.message}\n`);
          setCode(verdictExitCode(done.verdict));
        }
      } catch (e) {
        if (!(e instanceof RunInterruptedError)) throw e;
        board?.close();
        const checks = board?.checks().filter((c) => c.total > 0).map((c) => `${c.label} ${c.done}/${c.total}`) ?? [];
        io.stderr.write(`interrupted (${e.signal}): ${e.kept} model answer${e.kept === 1 ? '' : 's'} kept in ${e.out}/records.jsonl${checks.length ? ` (${checks.join(', ')})` : ''}. Continue with:\n  ${continueWith}\n`);
        setCode(e.exitCode);
        interrupted = e.exitCode;
      } finally {
        board?.close();
        unwatch?.();
      }
      // Calls abandoned in flight may hold sockets or timers open: an interrupted run ends now.
      if (interrupted !== undefined && io === processIo) process.exit(interrupted);
    },
  };
}

function parseFormats(text: string): Set<OutputFormat> {
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = parts.filter((p) => !(OUTPUT_FORMATS as readonly string[]).includes(p));
  if (bad.length > 0 || parts.length === 0) {
    throw new InvalidInputError([{ code: 'bad-argument', path: ['--format'], message: `unknown output format ${bad.map((b) => `'${b}'`).join(', ') || "''"}; choose from ${OUTPUT_FORMATS.join(', ')}` }]);
  }
  return new Set(parts as OutputFormat[]);
}
