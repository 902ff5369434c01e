import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { outcomeKey } from './answerIndex.js';
import { isReplayed } from './answerStamp.js';
import type { Prediction } from '../models/model.js';
import type { EvalRecord } from '../report/evalRecord.js';

export type { EvalRecord } from '../report/evalRecord.js';

/**
 * Appends records to a JSONL journal, flushed in small batches (64 KiB or 100 ms, whichever comes
 * first) so that a crash loses little, honouring back-pressure. `append` continues a journal
 * (`--resume`) instead of starting it afresh, and `journaled` names the outcome records (by
 * outcomeKey) it holds already, which are not written again; `keepReplayed` journals replayed
 * answers too (`merge` writes the whole journal again, in the run's order).
 */
export class RecordWriter {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private size = 0;
  private flushedAt = Date.now();
  private draining: Promise<void> | undefined;
  private readonly keepReplayed: boolean;
  private readonly journaled: ReadonlySet<string> | undefined;

  constructor(path: string, opts: { append?: boolean; keepReplayed?: boolean; journaled?: ReadonlySet<string> } = {}) {
    // A flush hands the stream up to 64 KiB at once: with the default 16 KiB high-water mark every
    // flush would wait for its write to reach the file before the run went on. At 1 MiB the run
    // waits only when the disk falls behind by more than that.
    this.stream = createWriteStream(path, { flags: opts.append ? 'a' : 'w', highWaterMark: 1 << 20 });
    this.keepReplayed = opts.keepReplayed === true;
    this.journaled = opts.journaled;
  }

  /**
   * Queues a record (call {@link flushIfFull} after a batch). When `answer` is given and was
   * replayed from a journal (recordedModel), nothing is queued unless `keepReplayed`: its record is
   * there already; nor is an outcome record the continued journal holds.
   */
  add(record: EvalRecord, answer?: Prediction): void {
    if (!this.keepReplayed && answer !== undefined && isReplayed(answer)) return;
    if (this.journaled !== undefined && record.kind === 'outcome' && this.journaled.has(outcomeKey(record))) return;
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
