import { InvalidInputError } from '../problem.js';
import type { Example } from './example.js';
import { readExamples, type ReadOptions, type SkippedRow } from './readExamples.js';

/**
 * Reads a whole data file into memory (see {@link readExamples} for formats and options).
 * Returns the examples in file order, the skipped rows (skip mode) and the number of data rows.
 * Throws `InvalidInputError`: `missing-file`, `bad-row` (error mode), and `empty-data` when the
 * file has no data rows or every row was skipped as bad (nothing to evaluate either way).
 * Cost: O(rows) time and memory.
 * Example: `await readAllExamples('d.jsonl', { fields: { label: 'y' } })` →
 * `{ examples: [{ id: '…', line: 1, label: 'a' }], skipped: [], rows: 1 }`.
 */
export async function readAllExamples(
  path: string,
  opts: ReadOptions,
): Promise<{ examples: Example[]; skipped: SkippedRow[]; rows: number }> {
  const stream = readExamples(path, opts);
  const examples: Example[] = [];
  for await (const batch of stream) {
    for (let i = 0; i < batch.length; i++) examples.push(batch[i]);
  }
  const { rows, skipped } = stream.stats;
  if (examples.length === 0) {
    const first = skipped[0];
    const message =
      rows === 0
        ? 'the file has no data rows'
        : `all ${rows} data rows are bad and were skipped (first: line ${first.line}: ${first.problem.message})`;
    throw new InvalidInputError([
      { code: 'empty-data', file: opts.displayPath ?? path, path: [], message },
    ]);
  }
  return { examples, skipped, rows };
}
