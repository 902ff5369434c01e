import { extname } from 'node:path';
import { InvalidInputError } from '../problem.js';

/** The data file formats the readers understand. */
export type DataFormat = 'jsonl' | 'csv' | 'json';

const BY_EXTENSION: Record<string, DataFormat> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.json': 'json',
};

/**
 * The format of a data file from its extension (case-insensitive): `.jsonl`/`.ndjson` → jsonl,
 * `.csv` → csv, `.json` → json (one array of rows).
 * Throws `InvalidInputError` (code `unknown-format`) for any other extension.
 * Example: `formatFromPath('data/Spam.JSONL')` → `'jsonl'`.
 */
export function formatFromPath(path: string, displayPath = path): DataFormat {
  const format = BY_EXTENSION[extname(path).toLowerCase()];
  if (format !== undefined) return format;
  throw new InvalidInputError([
    {
      code: 'unknown-format',
      file: displayPath,
      path: [],
      message: `cannot tell the data format from the file name; use .jsonl, .ndjson, .csv or .json, or set the format to jsonl, csv or json`,
    },
  ]);
}
