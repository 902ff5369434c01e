import { splitBatches, type ByteChunks, type RowBatch, type RowSource } from './rowBatch.js';
import { RowError } from './rowError.js';
import { Utf8Decoder } from './utf8Decoder.js';

/**
 * Reads JSON Lines from byte chunks: splits on `\n` itself (no readline), drops a trailing `\r`
 * and a leading UTF-8 BOM, skips blank (whitespace-only) lines while counting them for line
 * numbers, accepts a last line without `\n`, and `JSON.parse`s every other line. A line that
 * does not parse becomes a {@link RowError} in place (it still counts as a row).
 * Memory: one chunk plus one partial line; a line spanning many chunks is joined once.
 * Cost: one `indexOf`, one `slice` and one `JSON.parse` per line; no closure or await per line.
 * Example: chunks `['{"a":1}\r\n\n{"a"', ':2}']` → one batch `{ rows: [{a:1},{a:2}], lines: [1,3] }`.
 */
export async function* jsonlRows(chunks: ByteChunks, batchSize: number): RowSource {
  const decoder = new Utf8Decoder();
  let pending: string[] = []; // pieces of a line not yet ended
  let lineNo = 0;
  let batch: RowBatch = { rows: [], lines: [] };
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    let nl = text.indexOf('\n');
    if (nl === -1) {
      if (text.length > 0) pending.push(text);
      continue;
    }
    let start = 0;
    if (batch.rows.length >= batchSize) {
      yield batch;
      batch = { rows: [], lines: [] };
    }
    if (pending.length > 0) {
      pending.push(text.slice(0, nl));
      addLine(batch, pending.join(''), ++lineNo);
      pending = [];
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    let { rows, lines } = batch;
    while (nl !== -1) {
      if (rows.length >= batchSize) {
        yield batch;
        batch = { rows: [], lines: [] };
        ({ rows, lines } = batch);
      }
      lineNo++;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end > start) {
        if (text.charCodeAt(start) === 123 /* { */) {
          // The usual case, inline: no call, no closure.
          let value: unknown;
          try {
            value = JSON.parse(text.slice(start, end));
          } catch (e) {
            value = malformed(e);
          }
          rows.push(value);
          lines.push(lineNo);
        } else {
          addLine(batch, text.slice(start, nl), lineNo);
        }
      }
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  const tail = decoder.end();
  if (tail.length > 0) pending.push(tail);
  if (pending.length > 0) addLine(batch, pending.join(''), ++lineNo);
  yield* splitBatches(batch, batchSize, true).out; // at most batchSize + 1 rows left here
}

/** Adds one line (without its line break) unless it is blank. */
function addLine(batch: RowBatch, s: string, line: number): void {
  const value = jsonLine(s);
  if (value === undefined) return;
  batch.rows.push(value);
  batch.lines.push(line);
}

/**
 * One JSONL line (without its `\n`) as {@link jsonlRows} reads it: a trailing `\r` dropped,
 * `undefined` for a blank line, the `JSON.parse`d value, or a {@link RowError} when it does not parse.
 * Example: `jsonLine('{"a":1}\r')` → `{ a: 1 }`; `jsonLine('  ')` → `undefined`.
 */
export function jsonLine(s: string): unknown {
  if (s.length > 0 && s.charCodeAt(s.length - 1) === 13) s = s.slice(0, -1);
  if (s.length === 0 || (s.charCodeAt(0) <= 32 && s.trim() === '')) return undefined;
  try {
    return JSON.parse(s);
  } catch (e) {
    return malformed(e);
  }
}

function malformed(e: unknown): RowError {
  return new RowError([], `malformed JSON: ${(e as Error).message}`);
}
