import type { CommandModule } from 'yargs';
import { formatProblem } from '../problem.js';
import type { CliIo } from './io.js';

/** `evalgate validate <suite...>`: loads each suite; exit 0 when all are valid, 2 listing every problem otherwise. */
export function validateCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'validate <suites..>',
    describe: 'check suites without running them',
    builder: (y) =>
      y
        .positional('suites', { type: 'string', array: true, describe: 'suite files (YAML or JSON)' })
        .option('allow-outside-paths', { type: 'boolean', default: false, describe: 'allow suites to name files outside their own directory' }),
    handler: async (args) => {
      const { loadSuite } = await import('../suite/loadSuite.js');
      let bad = 0;
      for (const path of args.suites as string[]) {
        const r = await loadSuite(path, { allowOutsidePaths: args['allow-outside-paths'] === true });
        if (r.ok) io.stdout.write(`ok: ${r.suite.file} (suite '${r.suite.name}', ${r.suite.checks.length} check${r.suite.checks.length === 1 ? '' : 's'}, ${r.suite.gates.length} gate${r.suite.gates.length === 1 ? '' : 's'})\n`);
        else {
          bad++;
          io.stderr.write(`${r.problems.map((p) => `error: ${formatProblem(p)}`).join('\n')}\n`);
        }
      }
      setCode(bad > 0 ? 2 : 0);
    },
  };
}
