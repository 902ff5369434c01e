import { JsonArraySplitter } from './jsonArraySplitter.js';
import { splitBatches, type ByteChunks, type RowSource } from './rowBatch.js';
import { Utf8Decoder } from './utf8Decoder.js';

/**
 * Reads a JSON file holding one array of rows, streamed through {@link JsonArraySplitter}
 * (one element parsed at a time; the file is never one string).
 * Yields batches of at most `batchSize` rows; lines are where each element starts.
 * Throws `InvalidInputError` (`malformed-file`, naming `file`) when the file is not an array.
 * Example: a file `[{"a":1},\n {"a":2}]` → one batch `{ rows: [{a:1},{a:2}], lines: [1, 2] }`.
 */
export async function* jsonArrayRows(chunks: ByteChunks, batchSize: number, file: string): RowSource {
  const decoder = new Utf8Decoder();
  const splitter = new JsonArraySplitter(file);
  let rows: unknown[] = [];
  let lines: number[] = [];
  const drain = (): void => {
    if (splitter.rows.length === 0) return;
    if (rows.length === 0) {
      rows = splitter.rows;
      lines = splitter.lines;
    } else {
      for (let i = 0; i < splitter.rows.length; i++) {
        rows.push(splitter.rows[i]);
        lines.push(splitter.lines[i]);
      }
    }
    splitter.rows = [];
    splitter.lines = [];
  };
  for await (const chunk of chunks) {
    splitter.push(decoder.write(chunk));
    drain();
    const { out, rest } = splitBatches({ rows, lines }, batchSize, false);
    yield* out;
    ({ rows, lines } = rest);
  }
  splitter.push(decoder.end());
  splitter.end();
  drain();
  yield* splitBatches({ rows, lines }, batchSize, true).out;
}
