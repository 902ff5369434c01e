import { parse, type CsvError } from 'csv-parse';
import { finished } from 'node:stream/promises';
import { InvalidInputError } from '../problem.js';
import { splitBatches, type ByteChunks, type RowSource } from './rowBatch.js';
import { RowError } from './rowError.js';
import { Utf8Decoder, invalidUtf8Message } from './utf8Decoder.js';

/** How {@link csvRows} reads a CSV file. */
export interface CsvRowOptions {
  /** The file as the user named it, for problems. */
  file: string;
  /** Field delimiter (default `,`). */
  delimiter?: string;
  /** Columns the header must have (the mapped fields); one missing or repeated is an error. */
  columns?: readonly string[];
}

/**
 * Reads an RFC 4180 CSV file with csv-parse (streaming): the first record is the header, every
 * later record becomes an object keyed by column name (all values strings). Quoted fields may
 * hold delimiters, `""` and newlines; a leading BOM is dropped; CRLF or LF; empty lines are
 * skipped but counted. A record whose field count differs from the header's, or with broken
 * quoting, becomes a {@link RowError} in place. `lines[i]` is the line where the record starts.
 * After broken quoting csv-parse resumes at the next record it can read; the records in between
 * are reported as that one bad row (csv-parse may swallow them into it). A record holding invalid
 * UTF-8 is a bad row naming the byte offset (csv-parse alone would read it with U+FFFD); in the
 * header it is fatal (`malformed-file`).
 * Throws `InvalidInputError` (code `missing-column`) when the header lacks or repeats a column
 * of `columns`.
 * Example: `a,b\n1,"x\ny"\n3,4` → `{ rows: [{a:'1',b:'x\ny'},{a:'3',b:'4'}], lines: [2, 4] }`.
 */
export async function* csvRows(chunks: ByteChunks, batchSize: number, opts: CsvRowOptions): RowSource {
  let rows: unknown[] = [];
  let lines: number[] = [];
  let width = 0;
  let fatal: InvalidInputError | undefined;
  // Line accounting. csv-parse's info.lines is the line where a record ends, except that it
  // counts a CRLF inside a quoted field twice; `crlfSeen` undoes that. A record starts at its
  // end line minus the line breaks inside its fields.
  let crlfSeen = 0;
  let prevEnd = 0; // true line where the previous record (or the header) ended
  let prevEmpty = 0; // empty lines skipped up to then
  let inBadRegion = false; // csv-parse may report one broken record several times
  // Invalid UTF-8: the bytes are checked before csv-parse sees them; `bad` holds the line and the
  // byte offset of each line with a fault, matched to records by their line span.
  const decoder = new Utf8Decoder();
  let newlines = 0; // line breaks in the bytes checked so far
  const bad: number[] = [];
  const check = (text: string): void => {
    let from = 0;
    for (const f of decoder.faults) {
      for (let nl = text.indexOf('\n', from); nl !== -1 && nl < f.index; nl = text.indexOf('\n', from)) {
        newlines++;
        from = nl + 1;
      }
      if (bad[bad.length - 2] !== newlines + 1) bad.push(newlines + 1, f.byte);
    }
    for (let nl = text.indexOf('\n', from); nl !== -1; nl = text.indexOf('\n', from)) {
      newlines++;
      from = nl + 1;
    }
  };
  /** The byte offset of the first fault on lines [start, end] (−1: none); forgets faults up to `end`. */
  const faultIn = (start: number, end: number): number => {
    let byte = -1;
    while (bad.length > 0 && bad[0] <= end) {
      if (byte < 0 && bad[0] >= start) byte = bad[1];
      bad.splice(0, 2);
    }
    return byte;
  };
  const endOf = (fields: Record<string, string> | string[], lines: number): [start: number, end: number] => {
    let breaks = 0;
    for (const k in fields) {
      const v = (fields as Record<string, string>)[k];
      if (v.length === 0 || (v.indexOf('\n') === -1 && v.indexOf('\r') === -1)) continue;
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c === 10) breaks++;
        else if (c === 13) {
          if (v.charCodeAt(i + 1) === 10) crlfSeen++;
          else breaks++;
        }
      }
    }
    const end = lines - crlfSeen;
    return [end - breaks, end];
  };
  const parser = parse({
    bom: true,
    delimiter: opts.delimiter ?? ',',
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    columns: (header: string[]) => {
      width = header.length;
      prevEnd = endOf(header, parser.info.lines)[1];
      prevEmpty = parser.info.empty_lines;
      const byte = faultIn(1, prevEnd);
      fatal =
        byte >= 0
          ? new InvalidInputError([{ code: 'malformed-file', file: opts.file, line: prevEnd, path: [], message: `the header: ${invalidUtf8Message(byte)}` }])
          : checkHeader(header, opts, prevEnd);
      return header;
    },
    on_record: (record: Record<string, string>, info) => {
      const [start, end] = endOf(record, info.lines);
      prevEnd = end;
      prevEmpty = info.empty_lines;
      inBadRegion = false;
      const byte = faultIn(start, end);
      rows.push(
        byte >= 0
          ? new RowError([], invalidUtf8Message(byte))
          : info.index === width
            ? record
            : new RowError([], `expected ${width} fields as in the header, got ${info.index}`),
      );
      lines.push(start);
      return null;
    },
    on_skip: (err: CsvError | undefined) => {
      if (inBadRegion) return;
      inBadRegion = true;
      rows.push(new RowError([], `malformed CSV: ${err?.message ?? 'unreadable record'}`));
      lines.push(prevEnd + 1 + (parser.info.empty_lines - prevEmpty));
    },
  });
  parser.resume(); // the readable side carries nothing; let it end
  const done = finished(parser);
  done.catch(() => undefined); // observed below
  for await (const chunk of chunks) {
    check(decoder.write(chunk));
    await new Promise<void>((resolve, reject) =>
      parser.write(chunk, (err) => (err ? reject(err) : resolve())),
    );
    if (fatal) throw fatal;
    const { out, rest } = splitBatches({ rows, lines }, batchSize, false);
    yield* out;
    ({ rows, lines } = rest);
  }
  check(decoder.end());
  parser.end();
  await done;
  if (fatal) throw fatal;
  yield* splitBatches({ rows, lines }, batchSize, true).out;
}

function checkHeader(header: string[], opts: CsvRowOptions, line: number): InvalidInputError | undefined {
  for (const col of opts.columns ?? []) {
    const n = header.filter((h) => h === col).length;
    if (n === 1) continue;
    const message =
      n === 0
        ? `the header has no column ${JSON.stringify(col)} (columns: ${header.map((h) => JSON.stringify(h)).join(', ')})`
        : `the header has ${n} columns named ${JSON.stringify(col)}`;
    return new InvalidInputError([
      { code: 'missing-column', file: opts.file, line, path: [col], message },
    ]);
  }
  return undefined;
}
