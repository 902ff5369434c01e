import { existsSync, mkdirSync, statSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { InvalidInputError } from '../problem.js';
import type { CliIo } from './io.js';

/** `evalgate compare <baseline> <candidate> [--out DIR] [--force] [--suite FILE] [--gate CLAIM...]`. */
export function compareCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'compare <baseline> <candidate>',
    describe: 'hold a candidate run against a baseline run (or stored baseline name): paired statistics and regression gates',
    builder: (y) =>
      y
        .positional('baseline', { type: 'string', describe: 'the baseline run directory, or the name of a stored baseline', demandOption: true })
        .positional('candidate', { type: 'string', describe: 'the candidate run directory', demandOption: true })
        .option('out', { type: 'string', default: 'evalgate-compare', describe: 'where results.json, junit.xml and summary.md go' })
        .option('force', { type: 'boolean', default: false, describe: 'compare runs of different suites or data' })
        .option('suite', { type: 'string', describe: "a suite whose comparison block gives the gates, resamples, confidence and alpha" })
        .option('gate', { type: 'string', array: true, describe: "a regression gate, e.g. 'f1.macro: candidate - baseline >= -0.01 at 95%' (repeatable)" })
        .option('baselines-dir', { type: 'string', default: '.evalgate-baselines', describe: 'where stored baselines live' })
        .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' }),
    handler: async (args) => {
      const [{ readRun }, { loadBaseline }, { compareRuns }, { withComparison }, { writeOutputs }, { terminalSummary }, { COMPARISON_DEFAULTS }, { parseComparisonGate }, { loadSuiteOrThrow }] = await Promise.all([
        import('../run/readRun.js'), import('../run/baselineStore.js'), import('../run/compareRuns.js'), import('../run/runPairedSuite.js'),
        import('../report/writeOutputs.js'), import('../report/terminalSummary.js'), import('../suite/normalizeComparison.js'),
        import('../suite/parseComparisonGate.js'), import('../suite/loadSuite.js'),
      ]);
      const baseArg = String(args.baseline);
      const baseline = existsSync(baseArg) && statSync(baseArg).isDirectory() ? readRun(baseArg) : loadBaseline(baseArg, String(args['baselines-dir']));
      const candidate = readRun(String(args.candidate));
      const suite = args.suite !== undefined ? await loadSuiteOrThrow(String(args.suite)) : undefined;
      const spec = { ...COMPARISON_DEFAULTS, gates: [], ...(suite?.comparison ?? {}) };
      const gates = (args.gate as string[] | undefined) ?? [];
      if (gates.length > 0) {
        spec.gates = gates.map((text, i) => {
          const r = parseComparisonGate(text);
          if (!r.ok) throw new InvalidInputError([{ code: 'gate-syntax', path: ['--gate', i], message: r.message }]);
          return { name: text.trim(), expression: text.trim(), ...r.gate, severity: 'blocking' as const, line: 0, column: 0 };
        });
      }
      const comparison = await compareRuns(baseline, candidate, { force: Boolean(args.force), spec });
      const results = withComparison(candidate.results, comparison);
      const out = String(args.out);
      mkdirSync(out, { recursive: true });
      const now = new Date().toISOString();
      const { OUTPUT_FORMATS } = await import('../report/outputFormats.js');
      await writeOutputs({ results, timing: { started_at: now, finished_at: now, duration_ms: 0, evalgate: results.evalgate.version, node: process.version } }, out, new Set(OUTPUT_FORMATS));
      if (!args.quiet) io.stdout.write(terminalSummary(results, out, { color: io.stdout.isTTY === true && !process.env.NO_COLOR }));
      setCode(comparison.verdict === 'fail' ? 1 : 0);
    },
  };
}
