import { join } from 'node:path';
import type { Suite } from '../suite/types.js';
import { VERSION } from '../version.js';
import { readJournal } from './readJournal.js';
import type { RunOutcome } from './runSuite.js';
import type { Shard } from './shard.js';
import { writeShardManifest, type ShardManifest } from './shardManifest.js';

/**
 * After a shard's run: counts the records its journal holds (and its baseline's, in
 * `<out>/baseline/`, for a two-model suite) and writes `<out>/shard.json` (suite and data hashes,
 * shard, version, counts), which `evalgate merge` checks. Returns the manifest.
 * Cost: one pass over the journals.
 */
export async function finishShard(suite: Suite, outcome: RunOutcome, out: string, shard: Shard): Promise<ShardManifest> {
  const report = await readJournal(join(out, 'records.jsonl'), () => {});
  const base = suite.baseline ? await readJournal(join(out, 'baseline', 'records.jsonl'), () => {}) : undefined;
  const m = outcome.results.model;
  const manifest: ShardManifest = {
    evalgate: VERSION,
    suite: { name: suite.name, file: suite.file, sha256: suite.hash },
    data: { sha256: outcome.results.data.sha256 },
    shard,
    counts: { records: report.records, calls: m?.calls ?? 0, errors: m?.errors ?? 0, ...(base ? { baseline_records: base.records } : {}) },
  };
  writeShardManifest(out, manifest);
  return manifest;
}
