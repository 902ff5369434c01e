import { StringDecoder } from 'node:string_decoder';
import type { ByteChunks, RowSource } from './rowBatch.js';
import { RowError } from './rowError.js';

/**
 * Reads JSON Lines from byte chunks: splits on `\n` itself (no readline), drops a trailing `\r`
 * and a leading UTF-8 BOM, skips blank (whitespace-only) lines while counting them for line
 * numbers, accepts a last line without `\n`, and `JSON.parse`s every other line. A line that
 * does not parse becomes a {@link RowError} in place (it still counts as a row).
 * Memory: one chunk plus one partial line; a line spanning many chunks is joined once.
 * Cost: one `indexOf`, one `slice` and one `JSON.parse` per line.
 * Example: chunks `['{"a":1}\r\n\n{"a"', ':2}']` → one batch `{ rows: [{a:1},{a:2}], lines: [1,3] }`.
 */
export async function* jsonlRows(chunks: ByteChunks, batchSize: number): RowSource {
  const decoder = new StringDecoder('utf8');
  let pending: string[] = []; // pieces of a line not yet ended
  let lineNo = 0;
  let atStart = true;
  let rows: unknown[] = [];
  let lines: number[] = [];

  const take = (text: string, start: number, end: number): void => {
    lineNo++;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end === start) return;
    const s = start === 0 && end === text.length ? text : text.slice(start, end);
    if (s.charCodeAt(0) <= 32 && s.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      value = new RowError([], `malformed JSON: ${(e as Error).message}`);
    }
    rows.push(value);
    lines.push(lineNo);
  };

  const decode = (chunk: Buffer | string): string => {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  };

  for await (const chunk of chunks) {
    const text = decode(chunk);
    let nl = text.indexOf('\n');
    if (nl === -1) {
      if (text.length > 0) pending.push(text);
      continue;
    }
    let start = 0;
    if (pending.length > 0) {
      pending.push(text.slice(0, nl));
      const joined = pending.join('');
      pending = [];
      take(joined, 0, joined.length);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    for (;;) {
      if (rows.length >= batchSize) {
        yield { rows, lines };
        rows = [];
        lines = [];
      }
      if (nl === -1) break;
      take(text, start, nl);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  const tail = decode(decoder.end());
  if (tail.length > 0) pending.push(tail);
  if (pending.length > 0) {
    const last = pending.join('');
    take(last, 0, last.length);
  }
  if (rows.length > 0) yield { rows, lines };
}
