import type { RowError } from './rowError.js';

/**
 * A batch of raw rows from a format reader (JSONL, JSON array, CSV), in file order.
 * `rows[i]` is the parsed row (or a {@link RowError} when it could not be parsed at all) and
 * `lines[i]` its 1-based starting line; `texts[i]`, when the reader keeps it, the row's JSON text
 * (to name a number JSON.parse rounded away, see rowErrorMessage). Parallel arrays: no wrapper
 * object per row.
 */
export interface RowBatch {
  rows: unknown[];
  lines: number[];
  texts?: string[];
}

/** What a format reader yields: raw row batches of at most `batchSize` rows each. */
export type RowSource = AsyncGenerator<RowBatch, void, undefined>;

/** A readable source of bytes (a file stream) or already-decoded text. */
export type ByteChunks = AsyncIterable<Buffer | string>;

/**
 * Cuts `batch` into batches of exactly `size` rows, plus the remainder (all of it in `out` too
 * when `final`). No copy when nothing needs cutting.
 * Example: 5 rows, size 2, not final → `out` of two 2-row batches, `rest` of 1 row.
 */
export function splitBatches(
  batch: RowBatch,
  size: number,
  final: boolean,
): { out: RowBatch[]; rest: RowBatch } {
  const { rows, lines, texts } = batch;
  const empty = (): RowBatch => (texts ? { rows: [], lines: [], texts: [] } : { rows: [], lines: [] });
  if (rows.length < size && !(final && rows.length > 0)) return { out: [], rest: batch };
  if (rows.length === size) return { out: [batch], rest: empty() };
  const out: RowBatch[] = [];
  const part = (from: number, to?: number): RowBatch =>
    texts
      ? { rows: rows.slice(from, to), lines: lines.slice(from, to), texts: texts.slice(from, to) }
      : { rows: rows.slice(from, to), lines: lines.slice(from, to) };
  let i = 0;
  for (; i + size <= rows.length; i += size) out.push(part(i, i + size));
  let rest: RowBatch = part(i);
  if (final && rest.rows.length > 0) {
    out.push(rest);
    rest = empty();
  }
  return { out, rest };
}
