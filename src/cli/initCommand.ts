import type { CommandModule } from 'yargs';
import { initProject } from '../api/initProject.js';
import { shownPath as shown } from '../shownPath.js';
import { shellArg } from '../report/shellArg.js';
import type { CliIo } from './io.js';

/** `evalgate init [dir] [--force]`: writes a starter suite and sample data, then says what to run next. */
export function initCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'init [dir]',
    describe: 'write a starter suite (evalgate.yaml) and sample data into dir (default: here)',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', default: '.', describe: 'where to write the files (created if missing)' })
        .option('force', { type: 'boolean', default: false, describe: 'replace starter files that already exist' }),
    handler: async (args) => {
      const r = initProject(String(args.dir), { force: Boolean(args.force) });
      for (const p of r.written) io.stdout.write(`wrote ${shown(p)}\n`);
      const suite = shown(r.suite);
      io.stdout.write(`\nnext: npx evalgate run ${shellArg(suite)}\n`);
      io.stdout.write(`then edit ${suite}: its comments mark what to change for your data and model.\n`);
      setCode(0);
    },
  };
}
