import type { CommandModule } from 'yargs';
import type { CliIo } from './io.js';

/** `evalgate schema [suite|results]`: prints a JSON Schema (draft 2020-12). */
export function schemaCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'schema [which]',
    describe: 'print the JSON Schema of suite files (for editors) or of results.json',
    builder: (y) => y.positional('which', { choices: ['suite', 'results'] as const, default: 'suite' }),
    handler: async (args) => {
      const { suiteSchema } = await import('../suite/suiteSchema.js');
      const { resultsSchema } = await import('../report/resultsSchema.js');
      const schema = args.which === 'results' ? resultsSchema() : suiteSchema();
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      setCode(0);
    },
  };
}
