import { join } from 'node:path';
import { AnswerIndex } from './answerIndex.js';
import { readJournal, type JournalReport } from './readJournal.js';

/**
 * For `evalgate run --resume`: indexes the answers already in `<out>/records.jsonl` and truncates
 * a partially written last line away (reported in `report.truncatedBytes`, never parsed), so the
 * run can append to the journal and ask the model only for what has no record.
 * Cost: one pass over the journal; the index holds every record's answer.
 * Example: `(await resumeJournal('fresh-dir')).report.records` → `0`.
 */
export async function resumeJournal(out: string): Promise<{ index: AnswerIndex; report: JournalReport }> {
  const index = new AnswerIndex();
  const report = await readJournal(join(out, 'records.jsonl'), (r) => index.add(r), { truncate: true });
  return { index, report };
}
