import type { CommandModule } from 'yargs';
import { InvalidInputError } from '../problem.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/outputFormats.js';
import type { CliIo } from './io.js';
import type { RunSuiteOptions } from '../run/runSuite.js';
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
        .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' }),
    handler: async (args) => {
      // Loaded on use, so that `evalgate score` and `--help` start fast.
      const [{ loadSuiteOrThrow }, { runSuite }, { writeOutputs }, { terminalSummary }, { createProgress }] = await Promise.all([
        import('../suite/loadSuite.js'),
        import('../run/runSuite.js'),
        import('../report/writeOutputs.js'),
        import('../report/terminalSummary.js'),
        import('../run/progress.js'),
      ]);
      const formats = parseFormats(String(args.format));
      const maxExamples = Number(args['max-examples']);
      if (!Number.isInteger(maxExamples) || maxExamples < 0) {
        throw new InvalidInputError([{ code: 'bad-argument', path: ['--max-examples'], message: `must be a whole number >= 0 (got ${String(args['max-examples'])})` }]);
      }
      const suite = await loadSuiteOrThrow(String(args.suite), { allowOutsidePaths: args['allow-outside-paths'] === true });
      const progress = args.quiet ? undefined : (label: string, total: number) => createProgress(label, total, io.stderr);
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
      const runOpts = { out: String(args.out), ...(progress ? { progress } : {}), ...(args.cache ? { cacheDir: String(args['cache-dir']) } : {}), ...(replay ? { replay } : {}), ...(shard ? { shard } : {}) };
      const paired = await import('../run/runPairedSuite.js');
      let outcome = suite.baseline ? await paired.runPairedSuite(suite, { ...runOpts, ...(baselineReplay ? { baselineReplay } : {}) }) : await runSuite(suite, runOpts);
      if (shard) {
        const { finishShard } = await import('../run/finishShard.js');
        const sm = await finishShard(suite, outcome, String(args.out), shard);
        if (!args.quiet) io.stdout.write(`shard ${shard.index}/${shard.count}: ${sm.counts.records} records, ${sm.counts.errors} of ${sm.counts.calls} calls failed; merge with \`evalgate merge\`\n`);
        setCode(0);
        return;
      }
      if (stored) {
        const { compareRuns } = await import('../run/compareRuns.js');
        const { join } = await import('node:path');
        const candidate = { dir: String(args.out), results: outcome.results, recordsPath: join(String(args.out), 'records.jsonl') };
        outcome = { ...outcome, results: paired.withComparison(outcome.results, await compareRuns(stored, candidate, { force: false, spec: paired.comparisonSpec(suite) })) };
      }
      await writeOutputs(outcome, String(args.out), formats, { maxExamples });
      if (args['save-baseline'] !== undefined) {
        if (!formats.has('json')) throw new InvalidInputError([{ code: 'bad-argument', path: ['--save-baseline'], message: 'a stored baseline keeps results.json: --format must include json' }]);
        const where = saveBaseline(String(args.out), String(args['save-baseline']), baselinesDir);
        if (!args.quiet) io.stderr.write(`saved baseline '${String(args['save-baseline'])}' in ${where}\n`);
      }
      if (!args.quiet) io.stdout.write(terminalSummary(outcome.results, String(args.out), { color: io.stdout.isTTY === true && !process.env.NO_COLOR }));
      if (!args.quiet && outcome.timing.cache) io.stderr.write(cacheUseLine(outcome.timing.cache, String(args['cache-dir'])));
      const m = outcome.results.model;
      if (m && m.error_rate > m.max_error_rate) {
        io.stderr.write(`error: ${m.errors} of ${m.calls} model calls failed (${(100 * m.error_rate).toFixed(1)}%, above the suite's max_error_rate of ${100 * m.max_error_rate}%): the run could not complete${m.first_errors[0] ? `; first: ${m.first_errors[0].id}: ${m.first_errors[0].error}` : ''}\n`);
        setCode(3);
        return;
      }
      setCode(outcome.results.verdict === 'fail' ? 1 : 0);
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
