import { OUTPUT_FORMATS, type OutputFormat } from '../report/outputFormats.js';
import type { Verdict } from '../contract/results.js';
import { writeOutputs } from '../report/writeOutputs.js';
import { loadSuiteOrThrow } from '../suite/loadSuite.js';
import { mergeShards } from '../run/mergeShards.js';
import { lockOutput } from '../run/outputLock.js';
import type { RunOutcome } from '../run/runSuite.js';
import type { ShardManifest } from '../run/shardManifest.js';

/** Options of {@link mergeRun}: what `evalgate merge` takes besides the shard directories. */
export interface MergeRunOptions {
  /** Output directory of the merged run (made and locked: one writer at a time). */
  out: string;
  /** Outputs to write (default: all of OUTPUT_FORMATS). */
  formats?: ReadonlySet<OutputFormat>;
  /** The suite file (default: the path the shards recorded). */
  suite?: string;
  /** Let the suite name files outside its directory. */
  allowOutsidePaths?: boolean;
}

/** What {@link mergeRun} decided: the merged run's outcome and verdict (`error`: exit 3). */
export interface MergedRun {
  outcome: RunOutcome;
  verdict: Verdict;
  manifests: ShardManifest[];
}

/**
 * `evalgate merge` as one call: locks `out`, merges the shard directories with
 * {@link mergeShards} (the results of one unsharded run) and writes the outputs. Throws
 * InvalidInputError (exit 2) for shards that do not make one run, a bad suite or output directory.
 * The lock is released however it ends. Example:
 * `(await mergeRun(['s1', 's2'], { out: 'merged' })).verdict` → `'pass'`.
 */
export async function mergeRun(dirs: readonly string[], options: MergeRunOptions): Promise<MergedRun> {
  const { out } = options;
  const load = (p: string) => loadSuiteOrThrow(p, { allowOutsidePaths: options.allowOutsidePaths === true });
  // One writer per output directory, as for run.
  const lock = lockOutput(out, `evalgate merge ${dirs.join(' ')}`);
  try {
    const { outcome, manifests } = await mergeShards(dirs, out, load, options.suite !== undefined ? { suitePath: options.suite } : {});
    await writeOutputs(outcome, out, options.formats ?? new Set(OUTPUT_FORMATS));
    return { outcome, verdict: outcome.results.verdict, manifests };
  } finally {
    lock.release();
  }
}
