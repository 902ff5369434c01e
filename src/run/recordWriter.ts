import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { isReplayed } from './answerStamp.js';
import type { Prediction } from '../models/model.js';
import type { EvalRecord } from '../report/evalRecord.js';

export type { EvalRecord } from '../report/evalRecord.js';

/**
 * Appends records to a JSONL journal, flushed in small batches (64 KiB or 100 ms, whichever comes
 * first) so that a crash loses little, honouring back-pressure. `append` continues a journal
 * (`--resume`, `merge`) instead of starting it afresh.
 */
export class RecordWriter {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private size = 0;
  private flushedAt = Date.now();
  private draining: Promise<void> | undefined;

  private readonly skipOutcomes: boolean;

  /**
   * `skipOutcomes` drops outcome records (kind `outcome`): a merge continues a journal that holds
   * the shards' outcome records already.
   */
  constructor(path: string, opts: { append?: boolean; skipOutcomes?: boolean } = {}) {
    this.stream = createWriteStream(path, { flags: opts.append ? 'a' : 'w' });
    this.skipOutcomes = opts.skipOutcomes === true;
  }

  /**
   * Queues a record (call {@link flushIfFull} after a batch). When `answer` is given and was
   * replayed from a journal (recordedModel), nothing is queued: its record is there already.
   */
  add(record: EvalRecord, answer?: Prediction): void {
    if (answer !== undefined && isReplayed(answer)) return;
    if (this.skipOutcomes && record.kind === 'outcome') return;
    const line = JSON.stringify(record);
    this.buffer.push(line);
    this.size += line.length + 1;
  }

  /** Flushes once 64 KiB or more is buffered, or 100 ms have passed since the last flush. */
  async flushIfFull(): Promise<void> {
    if (this.size >= 1 << 16 || (this.size > 0 && Date.now() - this.flushedAt >= 100)) await this.flush();
  }

  /** Writes what is buffered, waiting for the stream to drain if it asks to. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    this.size = 0;
    this.flushedAt = Date.now();
    if (!this.stream.write(chunk) && !this.draining) {
      // Concurrent searches flush at once: they share one wait for the stream to drain.
      this.draining = once(this.stream, 'drain').then(() => {
        this.draining = undefined;
      });
    }
    if (this.draining) await this.draining;
  }

  /** Flushes and closes the journal. */
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
