import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../problem.js';
import type { Shard } from './shard.js';

/** File name of a shard's manifest inside its output directory. */
export const MANIFEST_FILE = 'shard.json';

/** What a shard ran: enough for `evalgate merge` to check that the pieces belong together. */
export interface ShardManifest {
  evalgate: string;
  /** `file`: the suite path as the shard's command named it (merge loads it from the working directory). */
  suite: { name: string; file: string; sha256: string };
  data: { sha256: string };
  shard: Shard;
  /** `baseline_records`: a two-model suite's baseline records (in `<dir>/baseline/records.jsonl`). */
  counts: { records: number; calls: number; errors: number; baseline_records?: number };
}

/** Writes a shard's manifest to `<dir>/shard.json`. */
export function writeShardManifest(dir: string, manifest: ShardManifest): void {
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Reads `<dir>/shard.json`. Throws InvalidInputError naming the directory when it is missing or
 * not a manifest (that directory is not a shard's output).
 * Example: `readShardManifest('out-3').shard` → `{ index: 3, count: 8 }`.
 */
export function readShardManifest(dir: string): ShardManifest {
  const file = join(dir, MANIFEST_FILE);
  let m: ShardManifest;
  try {
    m = JSON.parse(readFileSync(file, 'utf8')) as ShardManifest;
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it has no shard.json: not the output of `evalgate run --shard`' : `its shard.json is unreadable: ${(e as Error).message}`;
    throw new InvalidInputError([{ code: 'bad-shard', file: dir, path: [], message: why }]);
  }
  const ok = m && typeof m === 'object' && m.shard && Number.isInteger(m.shard.index) && Number.isInteger(m.shard.count) && typeof m.suite?.sha256 === 'string' && typeof m.data?.sha256 === 'string' && typeof m.counts?.records === 'number';
  if (!ok) throw new InvalidInputError([{ code: 'bad-shard', file, path: [], message: 'not a shard manifest (shard, suite, data and counts expected)' }]);
  return m;
}
