import type { CommandModule } from 'yargs';
import type { CliIo } from './io.js';
import { verdictExitCode } from './verdictExitCode.js';

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
      const [{ evaluateComparison }, { terminalSummary }] = await Promise.all([import('../api/evaluateComparison.js'), import('../report/terminalSummary.js')]);
      const out = String(args.out);
      const { results, verdict } = await evaluateComparison(String(args.baseline), String(args.candidate), {
        out,
        force: Boolean(args.force),
        ...(args.suite !== undefined ? { suite: String(args.suite) } : {}),
        gates: (args.gate as string[] | undefined) ?? [],
        baselinesDir: String(args['baselines-dir']),
      });
      if (!args.quiet) io.stdout.write(terminalSummary(results, out, { color: io.stdout.isTTY === true && !process.env.NO_COLOR }));
      setCode(verdictExitCode(verdict));
    },
  };
}
