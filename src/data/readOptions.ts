import type { DataFormat } from './dataFormat.js';
import { FIELD_ROLES, type FieldMap } from './fieldMap.js';
import type { Problem } from '../problem.js';

/** How to read a data file. */
export interface ReadOptions {
  /** Default: from the extension (.jsonl/.ndjson, .csv, .json); another extension is an error. */
  format?: DataFormat;
  /** Which column/key holds each role. At least one role must be mapped. */
  fields: FieldMap;
  /** Roles every row must have a value for (missing, `null`, or an empty CSV cell → bad row). */
  required?: (keyof FieldMap)[];
  /** What to do with a bad row: throw at the first (default), or skip it and report it. */
  onBadRow?: 'error' | 'skip';
  /** Examples per yielded batch (default 4096); every batch but the last is full. */
  batchSize?: number;
  /** Keep the raw row in `Example.fields`. */
  keepRaw?: boolean;
  /** The path as the user wrote it, used in problems (default: `path`). */
  displayPath?: string;
  /** CSV only. `labelSeparator` splits label/prediction cells into multi-label arrays (`a|b`). */
  csv?: { delimiter?: string; labelSeparator?: string };
  /** JSON/JSONL: turn numeric labels and predictions into strings (CSV labels always are). */
  labelsAsStrings?: boolean;
  /**
   * Ids of rows without an id field: `'content'` (default) is a stable hash of the row, the same
   * on every run and independent of row order; `'line'` is `line-N`, free of cost, for callers that
   * never look at ids (`evalgate score`).
   */
  derivedIds?: 'content' | 'line';
  /** Called for every skipped row, as it is skipped (skip mode). */
  onSkip?: (row: SkippedRow) => void;
}

/** A bad row left out in skip mode, with the problem that a throw would have carried. */
export interface SkippedRow {
  line: number;
  problem: Problem;
}

/** Counts filled in while a read goes on; final once iteration has finished. */
export interface ReadStats {
  /** Data rows met (good and bad; not blank lines nor the CSV header). 0 means an empty file. */
  rows: number;
  /** Examples yielded so far. */
  examples: number;
  /** Every skipped row, in file order. */
  skipped: SkippedRow[];
  /** True once the whole file has been read. */
  done: boolean;
}

/**
 * Checks the options of readExamples, throwing a plain `Error` that says what is wrong:
 * unknown role, empty column name, nothing mapped, a required role not mapped, a bad batchSize,
 * format, onBadRow or label separator.
 * Example: `checkReadOptions({ fields: {} })` → throws `readExamples: fields must map at least one role`.
 */
export function checkReadOptions(opts: ReadOptions): void {
  const f = opts.fields as Record<string, unknown> | undefined;
  if (typeof f !== 'object' || f === null) throw new Error('readExamples: fields must be an object');
  let mapped = 0;
  for (const key of Object.keys(f)) {
    if (!(FIELD_ROLES as string[]).includes(key)) {
      throw new Error(`readExamples: unknown field role "${key}" (expected one of ${FIELD_ROLES.join(', ')})`);
    }
    const col = f[key];
    if (col === undefined) continue;
    if (typeof col !== 'string' || col === '' || col === '__proto__') {
      throw new Error(`readExamples: fields.${key} must be a non-empty column name (got ${JSON.stringify(col)})`);
    }
    mapped++;
  }
  if (mapped === 0) throw new Error('readExamples: fields must map at least one role');
  for (const r of opts.required ?? []) {
    if (f[r] === undefined) throw new Error(`readExamples: required field "${r}" is not mapped in fields`);
  }
  const b = opts.batchSize;
  if (b !== undefined && !(Number.isInteger(b) && b >= 1)) {
    throw new Error(`readExamples: batchSize must be an integer >= 1 (got ${b})`);
  }
  if (opts.format !== undefined && !['jsonl', 'csv', 'json'].includes(opts.format)) {
    throw new Error(`readExamples: format must be jsonl, csv or json (got ${JSON.stringify(opts.format)})`);
  }
  if (opts.onBadRow !== undefined && opts.onBadRow !== 'error' && opts.onBadRow !== 'skip') {
    throw new Error(`readExamples: onBadRow must be 'error' or 'skip' (got ${JSON.stringify(opts.onBadRow)})`);
  }
  const sep = opts.csv?.labelSeparator;
  if (sep !== undefined && (typeof sep !== 'string' || sep === '')) {
    throw new Error('readExamples: csv.labelSeparator must be a non-empty string');
  }
}
