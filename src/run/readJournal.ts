import { closeSync, createReadStream, existsSync, fstatSync, ftruncateSync, openSync, readSync } from 'node:fs';
import type { EvalRecord } from '../contract/evalRecord.js';

/** What reading a journal found besides its records. */
export interface JournalReport {
  /** Complete records read. */
  records: number;
  /** Bytes of a partially written last line, dropped and truncated away (0 when none). */
  truncatedBytes: number;
  /** Complete lines that were not a record (never expected; reported, skipped). */
  badLines: number;
  /** The line number (1-based) of the first such line, when there is one. */
  firstBadLine?: number;
  /** Why that line is not a record, e.g. `error must be a string or null, got none`. */
  firstBadReason?: string;
}

/**
 * Why a parsed journal line is not a record, or undefined when it is one: a record is an object
 * with a string `id` and an `error` that is a string or null (every build writes both; without
 * `error` an answer cannot be told from a failure, and it replayed as an answer with no label).
 * Example: `notARecord({ id: 'a' })` → `'error must be a string or null, got none'`.
 */
export function notARecord(r: unknown): string | undefined {
  if (r === null || typeof r !== 'object' || Array.isArray(r)) return 'not a JSON object';
  const { id, error } = r as Record<string, unknown>;
  if (typeof id !== 'string') return 'id must be a string';
  if (error !== null && typeof error !== 'string') return `error must be a string or null, got ${error === undefined ? 'none' : JSON.stringify(error).slice(0, 40)}`;
  return undefined;
}

/**
 * Reads a records.jsonl journal, handing each complete record to `onRecord` (lines that are not
 * records, see {@link notARecord}, are counted and skipped). A last line without
 * its newline (a write cut short by a crash) is never parsed: with `truncate` it is cut from the
 * file, so that appending continues on a line boundary. A missing file reads as empty.
 * Cost: one streaming pass; memory O(longest line). Throws on I/O errors only.
 * Example: `await readJournal('none.jsonl', () => {})` → `{ records: 0, truncatedBytes: 0, badLines: 0 }`.
 */
export async function readJournal(path: string, onRecord: (r: EvalRecord) => void, opts: { truncate?: boolean } = {}): Promise<JournalReport> {
  const report: JournalReport = { records: 0, truncatedBytes: 0, badLines: 0 };
  if (!existsSync(path)) return report;
  const end = completeLength(path);
  const fd = openSync(path, 'r+');
  const size = fstatSync(fd).size;
  report.truncatedBytes = size - end;
  if (opts.truncate && end < size) ftruncateSync(fd, end);
  closeSync(fd);
  if (end === 0) return report;
  let lineNo = 0;
  const bad = (reason: string) => {
    report.badLines++;
    if (report.firstBadLine === undefined) {
      report.firstBadLine = lineNo;
      report.firstBadReason = reason;
    }
  };
  const take = (line: string) => {
    lineNo++;
    if (line === '') return;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch {
      bad('not JSON');
      return;
    }
    const why = notARecord(r);
    if (why !== undefined) {
      bad(why);
      return;
    }
    report.records++;
    onRecord(r as EvalRecord);
  };
  // 1 MiB chunks split on newlines (about twice as fast as node:readline); the range ends in one.
  let rest = '';
  for await (const chunk of createReadStream(path, { start: 0, end: end - 1, encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) take(line);
  }
  take(rest);
  return report;
}

/** The length of the file up to and including its last newline. */
function completeLength(path: string): number {
  const fd = openSync(path, 'r');
  try {
    let pos = fstatSync(fd).size;
    const buf = Buffer.alloc(1 << 16);
    while (pos > 0) {
      const n = Math.min(buf.length, pos);
      readSync(fd, buf, 0, n, pos - n);
      const at = buf.subarray(0, n).lastIndexOf(0x0a);
      if (at >= 0) return pos - n + at + 1;
      pos -= n;
    }
    return 0;
  } finally {
    closeSync(fd);
  }
}
