import { isAscii, isUtf8 } from 'node:buffer';
import type { Label } from '../metrics/types.js';
import { InvalidInputError, type Problem } from '../problem.js';
import type { Example } from './example.js';
import { ExampleBuilder } from './exampleBuilder.js';
import { jsonLine } from './jsonlRows.js';
import type { ReadOptions, ReadStats } from './readOptions.js';
import { RowError } from './rowError.js';
import { rowErrorMessage } from './rowErrorMessage.js';
import { invalidUtf8Message } from './utf8Decoder.js';
import { utf8Faults } from './utf8Faults.js';
import { ScoreLineScanner, type ScoreLineKeys } from './scoreLineScanner.js';

/** Where the score readers put what they read (a metrics collector). */
export interface ScoreColumnSink {
  /** The code of a label, given out in order of first appearance. */
  code(label: Label): number;
  /** One single-label row of the fast path: codes from `code` (−1: no prediction mapped). */
  push(trueCode: number, predCode: number, score: number, probabilities: number[] | undefined, line: number): void;
  /** Examples read by the general path, in file order with the pushed rows. */
  add(batch: readonly Example[]): void;
}

/**
 * The fast path of readScoreColumns over the bytes of a JSONL file: splits lines on `\n`
 * (a line may span chunks), drops a leading UTF-8 BOM, and scans each line with a
 * {@link ScoreLineScanner}. A line the scanner vouches for, whose label and prediction have the
 * file's label type, is pushed to `sink` as codes and numbers; any other line is decoded and read
 * exactly as readExamples reads it (jsonLine, then ExampleBuilder: blank lines, malformed JSON,
 * missing fields, bad values, type mismatches, with the same messages), in its place. A line
 * holding invalid UTF-8 is a bad row naming the byte offset, as readExamples reports it.
 * `opts` must map only the roles of `keys`, all required, with ids by line.
 * Throws `InvalidInputError` at the first bad row in 'error' mode; skip mode records it in the
 * stats and calls `onSkip`. Cost: one pass over the bytes, O(1) allocations per line.
 * Example: chunks `['{"y":"a"}\n{"y":', '1}\n']` with `{ label: 'y' }` → row 1 pushed, row 2
 * a bad row (`label must be a string like the earlier labels (got 1)…`).
 */
export async function scanScoreColumns(
  chunks: AsyncIterable<Buffer>,
  keys: ScoreLineKeys,
  opts: ReadOptions,
  sink: ScoreColumnSink,
): Promise<ReadStats> {
  const file = opts.displayPath ?? '';
  const skip = opts.onBadRow === 'skip';
  const stats: ReadStats = { rows: 0, examples: 0, skipped: [], done: false };
  const builder = new ExampleBuilder({ fields: opts.fields, required: opts.required, derivedIds: 'line' });
  const scanner = new ScoreLineScanner(keys);
  const { labels } = scanner;
  let kind: 'string' | 'number' | undefined;
  let lineNo = 0;
  let examples: Example[] = []; // read by the general path, not yet handed to the sink
  const flush = (): void => {
    sink.add(examples);
    examples = [];
  };

  /** The general path for one line: as readExamples reads it. */
  const general = (b: Buffer, start: number, end: number, base: number): void => {
    let text: string | undefined;
    let row: unknown;
    if (isUtf8(b.subarray(start, end))) {
      text = b.toString('utf8', start, end);
      row = jsonLine(text);
      if (row === undefined) return;
    } else row = new RowError([], invalidUtf8Message(base + utf8Faults(b, start, end)[0][0]));
    stats.rows++;
    const ex = builder.build(row, lineNo);
    if (ex instanceof RowError) {
      const message = rowErrorMessage(ex, row, text, false);
      const problem: Problem = { code: 'bad-row', file, line: lineNo, path: ex.path, message };
      if (!skip) throw new InvalidInputError([problem]);
      const skipped = { line: lineNo, problem };
      stats.skipped.push(skipped);
      opts.onSkip?.(skipped);
      return;
    }
    if (examples.push(ex) === 4096) flush();
    stats.examples++;
    kind = builder.labelType;
  };

  const codeOf = (entry: number): number => {
    let c = labels.codes[entry];
    if (c < 0) c = labels.codes[entry] = sink.code(labels.values[entry] as Label);
    return c;
  };

  /** One line `b[start, end)`; `base` is the file offset of `b[0]`; `ascii` says the bytes are all ASCII. */
  const line = (b: Buffer, start: number, end: number, base: number, ascii: boolean): void => {
    lineNo++;
    if (lineNo === 1 && end - start >= 3 && b[start] === 0xef && b[start + 1] === 0xbb && b[start + 2] === 0xbf) start += 3;
    if (start === end) return;
    if ((ascii || isUtf8(b.subarray(start, end))) && scanner.scan(b, start, end)) {
      const t = scanner.label;
      const p = scanner.prediction;
      const type = typeof labels.values[t] === 'number' ? 'number' : 'string';
      if ((kind === undefined || kind === type) && (p < 0 || typeof labels.values[p] === type)) {
        if (kind === undefined) builder.adoptLabelType((kind = type));
        if (examples.length > 0) flush();
        sink.push(codeOf(t), p < 0 ? -1 : codeOf(p), scanner.score, scanner.probabilities, lineNo);
        stats.rows++;
        stats.examples++;
        return;
      }
    }
    general(b, start, end, base);
  };

  let carry: Buffer[] = []; // pieces of a line not yet ended
  let carryBase = 0; // file offset of carry[0]
  let chunkBase = 0; // file offset of the chunk
  for await (const chunk of chunks) {
    let start = 0;
    let nl = chunk.indexOf(10);
    const base = chunkBase;
    chunkBase += chunk.length;
    if (carry.length > 0) {
      if (nl < 0) {
        carry.push(chunk);
        continue;
      }
      carry.push(chunk.subarray(0, nl));
      const joined = Buffer.concat(carry);
      carry = [];
      line(joined, 0, joined.length, carryBase, false);
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    const ascii = isAscii(chunk);
    while (nl >= 0) {
      line(chunk, start, nl, base, ascii);
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) {
      carryBase = base + start;
      carry.push(chunk.subarray(start));
    }
  }
  if (carry.length > 0) {
    const joined = Buffer.concat(carry);
    line(joined, 0, joined.length, carryBase, false);
  }
  if (examples.length > 0) flush();
  stats.done = true;
  return stats;
}
