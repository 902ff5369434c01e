import { createReadStream } from 'node:fs';
import type { Shard } from './shard.js';

/**
 * An estimate of the examples a run will ask its model about, for a progress display only: the
 * newlines of a JSONL file (less the header of a CSV file), divided by the shard count; 0 for a
 * JSON array, whose rows are not lines. Cost: one pass over the bytes, nothing parsed.
 * Example: `await countDataRows('d.jsonl', 'jsonl')` → `3` for a file of three lines.
 */
export async function countDataRows(path: string, format: 'jsonl' | 'csv' | 'json', shard?: Shard): Promise<number> {
  if (format === 'json') return 0;
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10, at + 1)) lines++;
  }
  return Math.ceil(Math.max(0, lines - (format === 'csv' ? 1 : 0)) / (shard?.count ?? 1));
}
