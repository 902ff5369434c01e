import { readdirSync, readFileSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** A response cache's shard files: `ab.jsonl`, two lowercase hex digits. */
const SHARD = /^[0-9a-f]{2}\.jsonl$/;

/** What a cache directory holds (see ResponseCache). */
export interface CacheInfo {
  dir: string;
  exists: boolean;
  /** Shard files. */
  shards: number;
  /** Cached answers (lines), and lines that could not be read (a write cut short by a crash). */
  answers: number;
  unreadable: number;
  /** Bytes of the shard files. */
  bytes: number;
  /** Other entries in the directory (not the cache's: never touched). */
  others: string[];
}

/** The directory's entries, or undefined when it does not exist; throws when `dir` is a file. */
function entries(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Counts what the response cache in `dir` holds: shard files, answers, unreadable lines, bytes,
 * and any entry that is not a shard. Reads every shard once. Throws what reading throws (e.g.
 * ENOTDIR when `dir` is a file). Example: `cacheInfo('.evalgate-cache').answers` → `1200`.
 */
export function cacheInfo(dir: string): CacheInfo {
  const names = entries(dir);
  const info: CacheInfo = { dir, exists: names !== undefined, shards: 0, answers: 0, unreadable: 0, bytes: 0, others: [] };
  for (const name of names ?? []) {
    if (!SHARD.test(name)) {
      info.others.push(name);
      continue;
    }
    const text = readFileSync(join(dir, name), 'utf8');
    info.shards++;
    info.bytes += Buffer.byteLength(text);
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        const v = JSON.parse(line) as { k?: unknown };
        if (typeof v.k === 'string') info.answers++;
        else info.unreadable++;
      } catch {
        info.unreadable++;
      }
    }
  }
  return info;
}

/**
 * Empties the response cache in `dir`: deletes its shard files, then the directory if nothing
 * else is in it; any other file is left alone (so a mistyped `--cache-dir` cannot delete someone
 * else's files). Returns what was there before. Throws what deleting throws.
 * Example: `clearCache('.evalgate-cache').answers` → `1200` (now gone).
 */
export function clearCache(dir: string): CacheInfo {
  const info = cacheInfo(dir);
  if (!info.exists) return info;
  for (const name of readdirSync(dir)) if (SHARD.test(name) && statSync(join(dir, name)).isFile()) unlinkSync(join(dir, name));
  if (info.others.length === 0) rmdirSync(dir);
  return info;
}
