import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ReportRecord } from './reportRecord.js';

/**
 * Streams records.jsonl line by line (never whole in memory) and hands each record whose `check`
 * is in `checks` to `visit`, in file order. Lines that cannot hold such a check are skipped
 * without parsing; a line that is not JSON is skipped too (the journal of a crashed run may end
 * in half a line). A missing file visits nothing. Cost O(file size).
 * Example: `await readRecords('out/records.jsonl', new Set(['metrics']), (r) => n++)` → the count of metrics records in `n`.
 */
export async function readRecords(path: string, checks: ReadonlySet<string>, visit: (r: ReportRecord) => void): Promise<number> {
  if (checks.size === 0 || !existsSync(path)) return 0;
  const needles = [...checks].map((c) => `"check":${JSON.stringify(c)}`);
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let seen = 0;
  for await (const line of lines) {
    if (!needles.some((n) => line.includes(n))) continue;
    let r: ReportRecord;
    try {
      r = JSON.parse(line) as ReportRecord;
    } catch {
      continue;
    }
    if (r === null || typeof r !== 'object' || !checks.has(r.check)) continue;
    seen++;
    visit(r);
  }
  return seen;
}
