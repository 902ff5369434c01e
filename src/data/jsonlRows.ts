import { splitBatches, type ByteChunks, type RowBatch, type RowSource } from './rowBatch.js';
import { RowError } from './rowError.js';
import { Utf8Decoder, invalidUtf8Message, type Utf8Fault } from './utf8Decoder.js';

/**
 * Reads JSON Lines from byte chunks: splits on `\n` itself (no readline), drops a trailing `\r`
 * and a leading UTF-8 BOM, skips blank (whitespace-only) lines while counting them for line
 * numbers, accepts a last line without `\n`, and `JSON.parse`s every other line. A line that
 * does not parse becomes a {@link RowError} in place (it still counts as a row), and so does a
 * line holding invalid UTF-8 (naming the byte offset; never read with U+FFFD in it). Each row's
 * text is kept in `texts` (to name a number JSON.parse rounded away).
 * Memory: one chunk plus one partial line; a line spanning many chunks is joined once.
 * Cost: one `indexOf`, one `slice` and one `JSON.parse` per line; no closure or await per line.
 * Example: chunks `['{"a":1}\r\n\n{"a"', ':2}']` → one batch `{ rows: [{a:1},{a:2}], lines: [1,3] }`.
 */
export async function* jsonlRows(chunks: ByteChunks, batchSize: number): RowSource {
  const decoder = new Utf8Decoder();
  let pending: string[] = []; // pieces of a line not yet ended
  let lineNo = 0;
  let batch: RowBatch = { rows: [], lines: [], texts: [] };
  const bad: number[] = []; // line, byte, line, byte… of lines holding invalid UTF-8
  let nextBad = 0; // the first line of `bad` not yet read (0: none)
  const noteFaults = (text: string, faults: readonly Utf8Fault[]): void => {
    let line = lineNo + 1;
    let from = 0;
    for (const f of faults) {
      let nl = text.indexOf('\n', from);
      while (nl !== -1 && nl < f.index) {
        line++;
        from = nl + 1;
        nl = text.indexOf('\n', from);
      }
      if (bad.length === 0 || bad[bad.length - 2] !== line) bad.push(line, f.byte);
    }
    nextBad = bad[0];
  };
  const takeBad = (line: number): RowError | undefined => {
    while (bad.length > 0 && bad[0] < line) bad.splice(0, 2);
    const hit = bad.length > 0 && bad[0] === line ? new RowError([], invalidUtf8Message(bad[1])) : undefined;
    if (hit) bad.splice(0, 2);
    nextBad = bad.length > 0 ? bad[0] : 0;
    return hit;
  };
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (decoder.faults.length > 0) noteFaults(text, decoder.faults);
    let nl = text.indexOf('\n');
    if (nl === -1) {
      if (text.length > 0) pending.push(text);
      continue;
    }
    let start = 0;
    if (batch.rows.length >= batchSize) {
      yield batch;
      batch = { rows: [], lines: [], texts: [] };
    }
    if (pending.length > 0) {
      pending.push(text.slice(0, nl));
      ++lineNo;
      addLine(batch, pending.join(''), lineNo, lineNo === nextBad ? takeBad(lineNo) : undefined);
      pending = [];
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    let { rows, lines } = batch;
    let texts = batch.texts as string[];
    while (nl !== -1) {
      if (rows.length >= batchSize) {
        yield batch;
        batch = { rows: [], lines: [], texts: [] };
        ({ rows, lines } = batch);
        texts = batch.texts as string[];
      }
      lineNo++;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end > start) {
        if (lineNo === nextBad) {
          addLine(batch, text.slice(start, nl), lineNo, takeBad(lineNo));
        } else if (text.charCodeAt(start) === 123 /* { */) {
          // The usual case, inline: no call, no closure.
          const s = text.slice(start, end);
          let value: unknown;
          try {
            value = JSON.parse(s);
          } catch (e) {
            value = malformed(e);
          }
          rows.push(value);
          lines.push(lineNo);
          texts.push(s);
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
  if (decoder.faults.length > 0) noteFaults(tail, decoder.faults);
  if (tail.length > 0) pending.push(tail);
  if (pending.length > 0) {
    ++lineNo;
    addLine(batch, pending.join(''), lineNo, lineNo === nextBad ? takeBad(lineNo) : undefined);
  }
  yield* splitBatches(batch, batchSize, true).out; // at most batchSize + 1 rows left here
}

/** Adds one line (without its line break) unless it is blank; `invalid` replaces its value (invalid UTF-8). */
function addLine(batch: RowBatch, s: string, line: number, invalid?: RowError): void {
  const value = invalid ?? jsonLine(s);
  if (value === undefined) return;
  batch.rows.push(value);
  batch.lines.push(line);
  batch.texts?.push(s);
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
