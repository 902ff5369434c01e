import { InvalidInputError, RunError, type EvalgateError } from './problem.js';

/**
 * The error to report when writing an output failed: a full disk (ENOSPC, EDQUOT) is a run that
 * could not complete (exit 3) and says so plainly, with, for the journal, that `--resume` continues;
 * a path that cannot be written (a directory or a file in the way, no permission, a read-only file
 * system) is bad input (exit 2) naming the file. Anything else is returned as it was.
 * Example: `outputError(Object.assign(new Error('x'), { code: 'EISDIR' }), 'out/records.jsonl').exitCode` → `2`.
 */
export function outputError(e: unknown, file: string, opts: { journal?: boolean } = {}): EvalgateError | Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    const more = opts.journal ? `; ${file} keeps every answer written before it (whole records only): free some space, then \`--resume\` continues` : '';
    return new RunError(`disk full while writing ${file}${more}`, 'disk-full');
  }
  const why: Record<string, string> = {
    EISDIR: 'a directory is in the way',
    ENOTDIR: 'a file is in the way of a directory on its path',
    EEXIST: 'a file is in the way',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOENT: 'a directory on its path does not exist',
    ENAMETOOLONG: 'the name is too long',
  };
  if (code !== undefined && why[code] !== undefined) {
    return new InvalidInputError([{ code: 'bad-output', file, path: [], message: `cannot write here: ${why[code]} (${code})` }]);
  }
  return e instanceof Error ? e : new Error(String(e));
}
