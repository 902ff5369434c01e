import type { Problem } from '../problem.js';
import type { ShardManifest } from './shardManifest.js';

/**
 * The problems of a set of shard manifests that a merge would be wrong to combine: a shard from
 * another suite, data file, shard count or evalgate version (compared with the first), a shard
 * given twice, a shard missing, and, given `version` (the running evalgate's), shards another
 * version wrote: the merge reruns the suite, so its perturbed texts, figures and reading of the
 * records are the running version's. Each problem names the directory or the missing `I/N`.
 * Cost: O(shards). Example: `checkShardSet([{ dir: 'a', manifest: m11 }])` → `[]` for shard 1/1.
 */
export function checkShardSet(shards: readonly { dir: string; manifest: ShardManifest }[], opts: { version?: string } = {}): Problem[] {
  const problems: Problem[] = [];
  const first = shards[0];
  if (!first) return [{ code: 'no-shards', path: [], message: 'name at least one shard directory' }];
  const f = first.manifest;
  if (opts.version !== undefined && f.evalgate !== opts.version) {
    problems.push({ code: 'foreign-shard', file: first.dir, path: [], message: `evalgate ${f.evalgate} wrote the shards, this is evalgate ${opts.version}: merge them with evalgate ${f.evalgate} (a merge reruns the suite, and another version may perturb, compute or read records otherwise)` });
  }
  const seen = new Map<number, string>();
  for (const { dir, manifest: m } of shards) {
    const foreign: string[] = [];
    if (m.suite.sha256 !== f.suite.sha256) foreign.push(`suite ${m.suite.file} (sha256 ${m.suite.sha256.slice(0, 12)}…) differs from ${first.dir}'s ${f.suite.file} (${f.suite.sha256.slice(0, 12)}…)`);
    if (m.data.sha256 !== f.data.sha256) foreign.push(`data sha256 ${m.data.sha256.slice(0, 12)}… differs from ${first.dir}'s ${f.data.sha256.slice(0, 12)}…`);
    if (m.shard.count !== f.shard.count) foreign.push(`it is one of ${m.shard.count} shards, ${first.dir} one of ${f.shard.count}`);
    if (m.evalgate !== f.evalgate) foreign.push(`evalgate ${m.evalgate} wrote it, ${f.evalgate} wrote ${first.dir}`);
    if (foreign.length > 0) {
      problems.push({ code: 'foreign-shard', file: dir, path: [], message: `shard ${m.shard.index}/${m.shard.count} is foreign: ${foreign.join('; ')}` });
      continue;
    }
    const other = seen.get(m.shard.index);
    if (other !== undefined) problems.push({ code: 'duplicate-shard', file: dir, path: [], message: `shard ${m.shard.index}/${m.shard.count} is given twice (also ${other})` });
    else seen.set(m.shard.index, dir);
  }
  for (let i = 1; i <= f.shard.count; i++) {
    if (!seen.has(i)) problems.push({ code: 'missing-shard', path: [], message: `shard ${i}/${f.shard.count} is missing` });
  }
  return problems;
}
