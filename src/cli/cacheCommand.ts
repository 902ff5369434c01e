import type { CommandModule } from 'yargs';
import { InvalidInputError } from '../problem.js';
import type { CliIo } from './io.js';

/** The `--cache-dir` default of `run` and `cache`: relative to the working directory. */
export const DEFAULT_CACHE_DIR = '.evalgate-cache';

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * `evalgate cache info [--cache-dir DIR]`: where the response cache is and what it holds;
 * `evalgate cache clear [--cache-dir DIR]`: deletes the cached answers (only the cache's own
 * shard files). Exit 0, or 2 when DIR is not a directory.
 */
export function cacheCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'cache <action>',
    describe: 'show (info) or delete (clear) the cached model answers',
    builder: (y) =>
      y
        .positional('action', { type: 'string', choices: ['info', 'clear'], describe: 'info or clear', demandOption: true })
        .option('cache-dir', { type: 'string', default: DEFAULT_CACHE_DIR, describe: 'the cache directory (as given to `run --cache-dir`)' }),
    handler: async (args) => {
      const { cacheInfo, clearCache } = await import('../models/cacheDirectory.js');
      const dir = String(args['cache-dir']);
      let info;
      try {
        info = args.action === 'clear' ? clearCache(dir) : cacheInfo(dir);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM') {
          throw new InvalidInputError([{ code: 'bad-argument', path: ['--cache-dir'], message: `${dir}: cannot ${args.action === 'clear' ? 'clear' : 'read'} it as a cache directory (${code})` }]);
        }
        throw e;
      }
      const { resolve } = await import('node:path');
      const where = resolve(dir);
      if (!info.exists) io.stdout.write(`no cache at ${where}${args.action === 'clear' ? ': nothing to clear' : ''}\n`);
      else if (args.action === 'clear') {
        io.stdout.write(`cleared ${where}: ${plural(info.answers, 'cached answer')} deleted (${plural(info.shards, 'file')}, ${info.bytes} bytes)\n`);
        if (info.others.length > 0) io.stdout.write(`left alone: ${info.others.join(', ')} (not the cache's files)\n`);
      } else {
        io.stdout.write(`cache: ${where}\n${plural(info.answers, 'cached answer')} in ${plural(info.shards, 'file')}, ${info.bytes} bytes\n`);
        if (info.unreadable > 0) io.stdout.write(`${plural(info.unreadable, 'line')} cannot be read (a write cut short) and will be skipped\n`);
        if (info.others.length > 0) io.stdout.write(`other entries (not the cache's): ${info.others.join(', ')}\n`);
      }
      setCode(0);
    },
  };
}
