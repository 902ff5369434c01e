import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError, type Problem } from '../problem.js';
import type { Suite } from '../suite/types.js';
import { AnswerIndex } from './answerIndex.js';
import { checkShardSet } from './checkShardSet.js';
import { hashFile } from './hashFile.js';
import { readJournal } from './readJournal.js';
import { runPairedSuite } from './runPairedSuite.js';
import { runSuite, type RunOutcome, type RunSuiteOptions } from './runSuite.js';
import { readShardManifest, type ShardManifest } from './shardManifest.js';
import { VERSION } from '../version.js';

/**
 * `evalgate merge`: checks that the shard directories are the N shards of one run (same suite,
 * data, shard count and version, this evalgate's; none missing or doubled), indexes the answers of their records
 * (a two-model suite's baseline answers from each shard's `baseline/` too) and runs the suite
 * again with every model answer taken from that index (the model is never asked; trainable
 * models are refitted, deterministically), writing `<out>/records.jsonl` afresh in the run's
 * order, so figures, gates, the comparison and results.json are those of an unsharded run.
 * `loadSuite` gets the suite path the manifests name unless `suitePath` overrides it. Throws
 * InvalidInputError (exit 2) naming the offending shard, or listing answers no shard holds.
 * Cost: the shards' records are streamed once; the index holds their answers (not the records).
 */
export async function mergeShards(
  dirs: readonly string[],
  out: string,
  loadSuite: (path: string) => Promise<Suite>,
  opts: { suitePath?: string; progress?: RunSuiteOptions['progress'] } = {},
): Promise<{ outcome: RunOutcome; manifests: ShardManifest[] }> {
  const shards = dirs.map((dir) => ({ dir, manifest: readShardManifest(dir) }));
  const problems = checkShardSet(shards, { version: VERSION });
  if (problems.length > 0) throw new InvalidInputError(problems);
  const first = shards[0].manifest;
  const suite = await loadSuite(opts.suitePath ?? first.suite.file);
  if (suite.hash !== first.suite.sha256) {
    throw new InvalidInputError([{ code: 'foreign-shard', file: suite.file, path: [], message: `the shards ran another version of this suite (sha256 ${first.suite.sha256.slice(0, 12)}…, this file ${suite.hash.slice(0, 12)}…)` }]);
  }
  const dataHash = await hashFile(suite.data.resolvedPath);
  if (dataHash !== first.data.sha256) {
    throw new InvalidInputError([{ code: 'foreign-shard', file: suite.data.displayPath, path: [], message: `the shards ran on other data (sha256 ${first.data.sha256.slice(0, 12)}…, this file ${dataHash.slice(0, 12)}…)` }]);
  }
  mkdirSync(out, { recursive: true });
  const index = new AnswerIndex();
  const baseIndex = suite.baseline ? new AnswerIndex() : undefined;
  const bad: Problem[] = [];
  const take = async (file: string, into: AnswerIndex, expected: number | undefined, m: ShardManifest) => {
    const report = await readJournal(file, (r) => into.add(r));
    if (report.badLines > 0) {
      bad.push({ code: 'bad-record', file, line: report.firstBadLine!, path: [], message: `shard ${m.shard.index}/${m.shard.count}: ${report.badLines} line${report.badLines === 1 ? ' is' : 's are'} not a record (the first here: ${report.firstBadReason})` });
    } else if (report.records !== expected || report.truncatedBytes > 0) {
      bad.push({ code: 'incomplete-shard', file, path: [], message: `shard ${m.shard.index}/${m.shard.count} has ${report.records} records, its manifest says ${expected ?? 'none'}${report.truncatedBytes > 0 ? ` (and a partial last line of ${report.truncatedBytes} bytes)` : ''}` });
    }
  };
  if (suite.model) {
    for (const { dir, manifest } of [...shards].sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)) {
      await take(join(dir, 'records.jsonl'), index, manifest.counts.records, manifest);
      if (baseIndex) await take(join(dir, 'baseline', 'records.jsonl'), baseIndex, manifest.counts.baseline_records, manifest);
    }
    if (bad.length > 0) throw new InvalidInputError(bad);
  }
  const runOpts: RunSuiteOptions = { out, replay: { index, mode: 'merge' }, ...(opts.progress ? { progress: opts.progress } : {}) };
  const outcome = baseIndex ? await runPairedSuite(suite, { ...runOpts, baselineReplay: { index: baseIndex, mode: 'merge' } }) : await runSuite(suite, runOpts);
  const misses = [...(baseIndex?.misses ?? []), ...index.misses];
  if (misses.length > 0) {
    const shown = misses.slice(0, 3).map((m) => `${JSON.stringify(m.input).slice(0, 80)} (model ${m.model})`);
    throw new InvalidInputError([{ code: 'incomplete-shards', path: [], message: `${misses.length} model answers are in no shard's records, e.g. ${shown.join(', ')}: the shards do not cover the run` }]);
  }
  return { outcome, manifests: shards.map((s) => s.manifest) };
}
