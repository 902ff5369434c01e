import { open } from 'node:fs/promises';
import type { ReadStream } from 'node:fs';
import { InvalidInputError } from '../problem.js';

/** Read size of data streams: large chunks keep the per-chunk overhead negligible. */
export const CHUNK_BYTES = 1 << 20;

/**
 * Opens a data file as a byte stream of 1 MiB chunks (closed when fully read or destroyed),
 * with its size in bytes.
 * Throws `InvalidInputError` with code `missing-file` when the file does not exist or is a
 * directory, `unreadable-file` for other open failures (permissions…), naming `displayPath`.
 * Example: `await openDataFile('nope.jsonl')` → throws `nope.jsonl: file not found`.
 */
export async function openDataFile(
  path: string,
  displayPath = path,
): Promise<{ stream: ReadStream; size: number }> {
  const fail = (code: string, message: string): InvalidInputError =>
    new InvalidInputError([{ code, file: displayPath, path: [], message }]);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw fail('missing-file', 'file not found');
    throw fail('unreadable-file', `cannot open the file (${err.code ?? err.message})`);
  }
  const stat = await handle.stat();
  if (stat.isDirectory()) {
    await handle.close();
    throw fail('missing-file', 'is a directory, not a data file');
  }
  return { stream: handle.createReadStream({ highWaterMark: CHUNK_BYTES }), size: stat.size };
}
