import { join } from 'node:path';
import type { Suite } from '../suite/types.js';
import { resumeJournal } from './resumeJournal.js';
import type { RunSuiteOptions } from './runSuite.js';

/** What {@link resumeReplays} says while it reads the journals: warnings always, notes unless quiet. */
export interface ResumeHooks {
  warn?(line: string): void;
  info?(line: string): void;
}

/**
 * `--resume`: reads the journal of an interrupted run in `out` (a two-model suite's baseline from
 * `<out>/baseline/` first, then the candidate's from `out`) and returns the answers to replay.
 * A partial last line and lines that are not records are reported through `hooks.warn` (their
 * answers are asked again); `hooks.info` gets `resuming: N answers already recorded` per model.
 * Cost: one pass over each journal. Example: a one-model run killed with 3 answers journaled →
 * `replay.index.size` is `3`, `replay.mode` is `'resume'`.
 */
export async function resumeReplays(suite: Suite, out: string, hooks: ResumeHooks = {}): Promise<{ replay?: RunSuiteOptions['replay']; baselineReplay?: RunSuiteOptions['replay'] }> {
  const found: { replay?: RunSuiteOptions['replay']; baselineReplay?: RunSuiteOptions['replay'] } = {};
  for (const [who, dir] of suite.baseline ? [['baseline', join(out, 'baseline')], ['candidate', out]] : [['', out]]) {
    const { index, report } = await resumeJournal(dir);
    if (report.truncatedBytes > 0) hooks.warn?.(`warning: ${dir}/records.jsonl ended in a partially written line (${report.truncatedBytes} bytes): dropped`);
    if (report.badLines > 0) hooks.warn?.(`warning: ${dir}/records.jsonl:${report.firstBadLine}: ${report.badLines} line${report.badLines === 1 ? ' is' : 's are'} not a record (the first here: ${report.firstBadReason}): ignored, the answers they held are asked again`);
    hooks.info?.(`resuming: ${index.size} ${who ? `${who} ` : ''}answers already recorded`);
    if (who === 'baseline') found.baselineReplay = { index, mode: 'resume' };
    else found.replay = { index, mode: 'resume' };
  }
  return found;
}
