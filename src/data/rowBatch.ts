import type { RowError } from './rowError.js';

/**
 * A batch of raw rows from a format reader (JSONL, JSON array, CSV), in file order.
 * `rows[i]` is the parsed row (or a {@link RowError} when it could not be parsed at all) and
 * `lines[i]` its 1-based starting line. Parallel arrays: no wrapper object per row.
 */
export interface RowBatch {
  rows: unknown[];
  lines: number[];
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
  const { rows, lines } = batch;
  if (rows.length < size && !(final && rows.length > 0)) return { out: [], rest: batch };
  if (rows.length === size) return { out: [batch], rest: { rows: [], lines: [] } };
  const out: RowBatch[] = [];
  let i = 0;
  for (; i + size <= rows.length; i += size) {
    out.push({ rows: rows.slice(i, i + size), lines: lines.slice(i, i + size) });
  }
  let rest: RowBatch = { rows: rows.slice(i), lines: lines.slice(i) };
  if (final && rest.rows.length > 0) {
    out.push(rest);
    rest = { rows: [], lines: [] };
  }
  return { out, rest };
}
