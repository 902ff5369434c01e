import { JsonArraySplitter } from './jsonArraySplitter.js';
import { splitBatches, type ByteChunks, type RowSource } from './rowBatch.js';
import { Utf8Decoder } from './utf8Decoder.js';

/**
 * Reads a JSON file holding one array of rows, streamed through {@link JsonArraySplitter}
 * (one element parsed at a time; the file is never one string). An element holding invalid
 * UTF-8 is a bad row naming the byte offset; each element's text is kept in `texts`.
 * Yields batches of at most `batchSize` rows; lines are where each element starts.
 * Throws `InvalidInputError` (`malformed-file`, naming `file`) when the file is not an array.
 * Example: a file `[{"a":1},\n {"a":2}]` → one batch `{ rows: [{a:1},{a:2}], lines: [1, 2] }`.
 */
export async function* jsonArrayRows(chunks: ByteChunks, batchSize: number, file: string): RowSource {
  const decoder = new Utf8Decoder();
  const splitter = new JsonArraySplitter(file);
  let rows: unknown[] = [];
  let lines: number[] = [];
  let texts: string[] = [];
  const drain = (): void => {
    if (splitter.rows.length === 0) return;
    if (rows.length === 0) {
      rows = splitter.rows;
      lines = splitter.lines;
      texts = splitter.texts;
    } else {
      for (let i = 0; i < splitter.rows.length; i++) {
        rows.push(splitter.rows[i]);
        lines.push(splitter.lines[i]);
        texts.push(splitter.texts[i]);
      }
    }
    splitter.rows = [];
    splitter.lines = [];
    splitter.texts = [];
  };
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    splitter.push(text, decoder.faults);
    drain();
    const { out, rest } = splitBatches({ rows, lines, texts }, batchSize, false);
    yield* out;
    ({ rows, lines } = rest);
    texts = rest.texts ?? [];
  }
  const tail = decoder.end();
  splitter.push(tail, decoder.faults);
  splitter.end();
  drain();
  yield* splitBatches({ rows, lines, texts }, batchSize, true).out;
}
