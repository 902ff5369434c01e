import type { CommandModule } from 'yargs';
import type { CliIo } from './io.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/outputFormats.js';
import { verdictExitCode } from './verdictExitCode.js';

/** `evalgate merge <dir...> --out DIR [--suite F] [--format ...] [--quiet]`: combine shards, then gate. */
export function mergeCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'merge <dirs..>',
    describe: 'merge the output directories of `evalgate run --shard I/N` into the results of one run, and gate them',
    builder: (y) =>
      y
        .positional('dirs', { type: 'string', array: true, describe: 'the shards\' output directories', demandOption: true })
        .option('out', { type: 'string', default: 'evalgate-out', describe: 'output directory of the merged run' })
        .option('suite', { type: 'string', describe: 'the suite file (default: the path the shards recorded)' })
        .option('format', { type: 'string', default: OUTPUT_FORMATS.join(','), describe: `outputs to write, comma-separated: ${OUTPUT_FORMATS.join(', ')}` })
        .option('allow-outside-paths', { type: 'boolean', default: false, describe: "allow the suite to name files outside its own directory (data, model module, command paths, custom expectations)" })
        .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' }),
    handler: async (args) => {
      const [{ mergeRun }, { terminalSummary }, { InvalidInputError }] = await Promise.all([import('../api/mergeRun.js'), import('../report/terminalSummary.js'), import('../problem.js')]);
      const formats = String(args.format).split(',').map((s) => s.trim()).filter(Boolean);
      const bad = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
      if (bad.length > 0 || formats.length === 0) throw new InvalidInputError([{ code: 'bad-argument', path: ['--format'], message: `unknown output format ${bad.map((b) => `'${b}'`).join(', ') || "''"}; choose from ${OUTPUT_FORMATS.join(', ')}` }]);
      const out = String(args.out);
      const { outcome, verdict } = await mergeRun((args.dirs as string[]).map(String), {
        out,
        formats: new Set(formats as OutputFormat[]),
        ...(args.suite !== undefined ? { suite: String(args.suite) } : {}),
        allowOutsidePaths: args['allow-outside-paths'] === true,
      });
      if (!args.quiet) io.stdout.write(terminalSummary(outcome.results, out, { color: io.stdout.isTTY === true && !process.env.NO_COLOR }));
      if (outcome.results.error) io.stderr.write(`error: ${outcome.results.error.message}\n`);
      setCode(verdictExitCode(verdict));
    },
  };
}
