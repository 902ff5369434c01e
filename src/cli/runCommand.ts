import type { CommandModule } from 'yargs';
import { InvalidInputError } from '../problem.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/outputFormats.js';
import type { CliIo } from './io.js';
import type { RunSuiteOptions } from '../run/runSuite.js';
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
      const [{ loadSuiteOrThrow }, { runSuite }, { writeOutputs }, { terminalSummary }, { createProgressBoard }, { lockOutput }, { RunInterruptedError }, { suiteHeader }] = await Promise.all([
        import('../suite/loadSuite.js'),
        import('../run/runSuite.js'),
        import('../report/writeOutputs.js'),
        import('../report/terminalSummary.js'),
        import('../run/progress.js'),
        import('../run/outputLock.js'),
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
      const suite = await loadSuiteOrThrow(String(args.suite), { allowOutsidePaths: args['allow-outside-paths'] === true });
      const out = String(args.out);
      // One writer per output directory: a second run on it is refused, naming the first.
      const lock = lockOutput(out, `evalgate run ${String(args.suite)}`);
      const board = args.quiet ? undefined : createProgressBoard(io.stderr, { intervalMs: intervalS * 1000 });
      const progress = board ? (label: string, total: number) => board.track(label, total) : undefined;
      const controller = new AbortController();
      const continueWith = resumeCommandLine(args, { format: OUTPUT_FORMATS.join(',') });
      const runAndReport = async (): Promise<void> => {
        const baselinesDir = String(args['baselines-dir']);
        const { loadBaseline, saveBaseline } = await import('../run/baselineStore.js');
        // An unknown baseline is bad input: say so before spending the run.
        const stored = args.baseline !== undefined ? loadBaseline(String(args.baseline), baselinesDir) : undefined;
        const { parseShard } = await import('../run/shard.js');
        const shard = args.shard === undefined ? undefined : parseShard(String(args.shard));
        let replay: RunSuiteOptions['replay'];
        let baselineReplay: RunSuiteOptions['replay'];
        if (args.resume) {
          const { resumeJournal } = await import('../run/resumeJournal.js');
          const { join } = await import('node:path');
          // A two-model suite keeps the baseline's journal in <out>/baseline/: each model resumes its own.
          for (const [who, dir] of suite.baseline ? [['baseline', join(String(args.out), 'baseline')], ['candidate', String(args.out)]] : [['', String(args.out)]]) {
            const { index, report } = await resumeJournal(dir);
            if (report.truncatedBytes > 0) io.stderr.write(`warning: ${dir}/records.jsonl ended in a partially written line (${report.truncatedBytes} bytes): dropped\n`);
            if (report.badLines > 0) io.stderr.write(`warning: ${dir}/records.jsonl:${report.firstBadLine}: ${report.badLines} line${report.badLines === 1 ? ' is' : 's are'} not a record (the first here: ${report.firstBadReason}): ignored, the answers they held are asked again\n`);
            if (!args.quiet) io.stderr.write(`resuming: ${index.size} ${who ? `${who} ` : ''}answers already recorded\n`);
            if (who === 'baseline') baselineReplay = { index, mode: 'resume' };
            else replay = { index, mode: 'resume' };
          }
        }
        const runOpts = { out: String(args.out), signal: controller.signal, drainMs, ...(progress ? { progress } : {}), ...(args.cache ? { cacheDir: String(args['cache-dir']) } : {}), ...(replay ? { replay } : {}), ...(shard ? { shard } : {}) };
        const paired = await import('../run/runPairedSuite.js');
        let outcome = suite.baseline ? await paired.runPairedSuite(suite, { ...runOpts, ...(baselineReplay ? { baselineReplay } : {}) }) : await runSuite(suite, runOpts);
        if (shard) {
          const { finishShard } = await import('../run/finishShard.js');
          const sm = await finishShard(suite, outcome, String(args.out), shard);
          if (!args.quiet) io.stdout.write(`shard ${shard.index}/${shard.count}: ${sm.counts.records} records, ${sm.counts.errors} of ${sm.counts.calls} calls failed; merge with \`evalgate merge\`\n`);
          setCode(0);
          return;
        }
        // A run that could not complete has nothing to hold against the stored baseline.
        if (stored && outcome.results.verdict !== 'error') {
          const { compareRuns } = await import('../run/compareRuns.js');
          const { join } = await import('node:path');
          const candidate = { dir: String(args.out), results: outcome.results, recordsPath: join(String(args.out), 'records.jsonl') };
          outcome = { ...outcome, results: paired.withComparison(outcome.results, await compareRuns(stored, candidate, { force: false, spec: paired.comparisonSpec(suite) })) };
        }
        await writeOutputs(outcome, String(args.out), formats, { maxExamples });
        if (args['save-baseline'] !== undefined && outcome.results.verdict === 'error') {
          io.stderr.write(`baseline '${String(args['save-baseline'])}' not saved: the run could not complete\n`);
        } else if (args['save-baseline'] !== undefined) {
          if (!formats.has('json')) throw new InvalidInputError([{ code: 'bad-argument', path: ['--save-baseline'], message: 'a stored baseline keeps results.json: --format must include json' }]);
          const where = saveBaseline(String(args.out), String(args['save-baseline']), baselinesDir);
          if (!args.quiet) io.stderr.write(`saved baseline '${String(args['save-baseline'])}' in ${where}\n`);
        }
        if (!args.quiet) io.stdout.write(terminalSummary(outcome.results, String(args.out), { color: io.stdout.isTTY === true && !process.env.NO_COLOR }));
        if (!args.quiet && outcome.timing.cache) io.stderr.write(cacheUseLine(outcome.timing.cache, String(args['cache-dir'])));
        if (outcome.results.error) io.stderr.write(`error: ${outcome.results.error.message}\n`);
        setCode(verdictExitCode(outcome.results.verdict));
      };
      let interrupted: number | undefined;
      const unwatch = watchSignals({
        stop(signal) {
          board?.close();
          io.stderr.write(`\n${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'}: stopping; no new model calls, the calls in flight have ${(drainMs / 1000).toFixed(1)} s to finish and be kept (${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'} again quits at once)\n`);
          abortFor(controller, signal);
        },
        quitNow() {
          board?.close();
          io.stderr.write(`stopped at once; the answers written so far are kept. Continue with:\n  ${continueWith}\n`);
          lock.release();
        },
      });
      try {
        if (!args.quiet) io.stderr.write(suiteHeader(suite, out, { resume: args.resume === true }));
        await runAndReport();
      } catch (e) {
        if (!(e instanceof RunInterruptedError)) throw e;
        board?.close();
        const checks = board?.checks().filter((c) => c.total > 0).map((c) => `${c.label} ${c.done}/${c.total}`) ?? [];
        io.stderr.write(`interrupted (${e.signal}): ${e.kept} model answer${e.kept === 1 ? '' : 's'} kept in ${e.out}/records.jsonl${checks.length ? ` (${checks.join(', ')})` : ''}. Continue with:\n  ${continueWith}\n`);
        setCode(e.exitCode);
        interrupted = e.exitCode;
        // A CI step summary must not show an older run's verdict: say this run was interrupted.
        if (formats.has('md')) {
          try {
            const [{ writeFileSync }, { join }, { errorSummaryMarkdown }] = await Promise.all([import('node:fs'), import('node:path'), import('../report/errorSummaryMarkdown.js')]);
            writeFileSync(join(out, 'summary.md'), errorSummaryMarkdown('finish', String(args.suite), e.exitCode, [`${e.message}; continue with: ${continueWith}`]));
          } catch {
            // the message above says it all
          }
        }
      } finally {
        board?.close();
        unwatch();
        lock.release();
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
