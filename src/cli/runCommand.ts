import type { CommandModule } from 'yargs';
import { loadSuiteOrThrow } from '../suite/loadSuite.js';
import { runSuite } from '../run/runSuite.js';
import { writeOutputs, OUTPUT_FORMATS, type OutputFormat } from '../report/writeOutputs.js';
import { terminalSummary } from '../report/terminalSummary.js';
import { InvalidInputError } from '../problem.js';
import type { CliIo } from './io.js';

/** `evalgate run <suite> [--out DIR] [--format json,junit,md] [--quiet]`. */
export function runCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'run <suite>',
    describe: 'run a suite: compute its checks, apply its gates, write the outputs',
    builder: (y) =>
      y
        .positional('suite', { type: 'string', describe: 'suite file (YAML or JSON)', demandOption: true })
        .option('out', { type: 'string', default: 'evalgate-out', describe: 'output directory' })
        .option('format', { type: 'string', default: OUTPUT_FORMATS.join(','), describe: `outputs to write, comma-separated: ${OUTPUT_FORMATS.join(', ')}` })
        .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' }),
    handler: async (args) => {
      const formats = parseFormats(String(args.format));
      const suite = await loadSuiteOrThrow(String(args.suite));
      const outcome = await runSuite(suite, { out: String(args.out) });
      writeOutputs(outcome, String(args.out), formats);
      if (!args.quiet) io.stdout.write(terminalSummary(outcome.results, String(args.out), { color: io.stdout.isTTY === true && !process.env.NO_COLOR }));
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
