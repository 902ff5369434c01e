import { rawValueText } from './rawValueText.js';
import type { RowError } from './rowError.js';

/**
 * The message of a bad row, naming a non-finite number by its text as written: JSON.parse turns
 * `1e999` into Infinity, so the text is re-read from the row's JSON text (`text`, JSONL line or
 * JSON-array element) or, in CSV, from the cell of `row` (a JSON array or object). Without that
 * text the message stays as built (`(got Infinity)`).
 * Example: for `score` 1e999 in the line `{"y":"a","score":1e999}` →
 * `'score must be a finite number in [0, 1] (got 1e999)'`.
 */
export function rowErrorMessage(e: RowError, row: unknown, text: string | undefined, csv: boolean): string {
  const nf = e.nonFinite;
  if (nf === undefined) return e.message;
  const column = e.path[0];
  let raw: string | undefined;
  if (csv) {
    const cell = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[String(column)] : undefined;
    if (typeof cell === 'string') raw = nf.at.length === 0 ? cell.trim() : rawValueText(cell, nf.at);
  } else if (text !== undefined) {
    raw = rawValueText(text, [String(column), ...nf.at]);
  }
  return raw === undefined ? e.message : `${nf.prefix} (got ${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw})`;
}
