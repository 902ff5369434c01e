import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { InvalidInputError, type Problem } from '../problem.js';
import type { Suite } from '../suite/types.js';
import { AnswerIndex } from './answerIndex.js';
import { checkShardSet } from './checkShardSet.js';
import { hashFile } from './hashFile.js';
import { readJournal } from './readJournal.js';
import { runSuite, type RunOutcome, type RunSuiteOptions } from './runSuite.js';
import { readShardManifest, type ShardManifest } from './shardManifest.js';

/**
 * `evalgate merge`: checks that the shard directories are the N shards of one run (same suite,
 * data, shard count and version; none missing or doubled), concatenates their records into
 * `<out>/records.jsonl` and runs the suite again with every model answer taken from those records
 * (the model is never asked; trainable models are refitted, deterministically), so figures, gates
 * and results.json are those of an unsharded run. `loadSuite` gets the suite path the manifests
 * name unless `suitePath` overrides it. Throws InvalidInputError (exit 2) naming the offending
 * shard, or listing answers no shard holds. Cost: the records are held in memory once.
 */
export async function mergeShards(
  dirs: readonly string[],
  out: string,
  loadSuite: (path: string) => Promise<Suite>,
  opts: { suitePath?: string; progress?: RunSuiteOptions['progress'] } = {},
): Promise<{ outcome: RunOutcome; manifests: ShardManifest[] }> {
  const shards = dirs.map((dir) => ({ dir, manifest: readShardManifest(dir) }));
  const problems = checkShardSet(shards);
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
  if (suite.model) {
    const sink = createWriteStream(join(out, 'records.jsonl'));
    const bad: Problem[] = [];
    for (const { dir, manifest } of [...shards].sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)) {
      let chunk: string[] = [];
      const report = await readJournal(join(dir, 'records.jsonl'), (r) => {
        index.add(r);
        chunk.push(JSON.stringify(r));
        if (chunk.length >= 4096) {
          sink.write(`${chunk.join('\n')}\n`);
          chunk = [];
        }
      });
      if (chunk.length > 0) sink.write(`${chunk.join('\n')}\n`);
      if (report.records !== manifest.counts.records || report.truncatedBytes > 0) {
        bad.push({ code: 'incomplete-shard', file: join(dir, 'records.jsonl'), path: [], message: `shard ${manifest.shard.index}/${manifest.shard.count} has ${report.records} records, its manifest says ${manifest.counts.records}${report.truncatedBytes > 0 ? ` (and a partial last line of ${report.truncatedBytes} bytes)` : ''}` });
      }
      if (sink.writableNeedDrain) await once(sink, 'drain');
    }
    sink.end();
    await once(sink, 'finish');
    if (bad.length > 0) throw new InvalidInputError(bad);
  }
  const outcome = await runSuite(suite, { out, replay: { index, mode: 'merge' }, ...(opts.progress ? { progress: opts.progress } : {}) });
  if (index.misses.length > 0) {
    const shown = index.misses.slice(0, 3).map((m) => `${JSON.stringify(m.input).slice(0, 80)} (model ${m.model})`);
    throw new InvalidInputError([{ code: 'incomplete-shards', path: [], message: `${index.misses.length} model answers are in no shard's records, e.g. ${shown.join(', ')}: the shards do not cover the run` }]);
  }
  return { outcome, manifests: shards.map((s) => s.manifest) };
}
