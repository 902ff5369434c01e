import { closeSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { outcomeKey } from './answerIndex.js';
import { isReplayed } from './answerStamp.js';
import type { Prediction } from '../models/model.js';
import type { EvalRecord } from '../contract/evalRecord.js';
import { outputError } from '../outputError.js';


/**
 * Appends records to a JSONL journal. A record is handed to the operating system (one `write`) at
 * the end of the event-loop turn it was added in (the turn's check phase, setImmediate): records
 * added in one turn (answers read from several sockets in one poll) share that write, and none
 * waits for a timer or a buffer to fill, so a process killed at any moment (even SIGKILL) loses
 * only the answers still in flight. Only whole lines are ever left in the file: a write that
 * fails (disk full) is cut back to the last complete record and the failure is kept, to be thrown
 * by the next {@link flushIfFull}, {@link flush} or {@link close}.
 *
 * `append` continues a journal (`--resume`) instead of starting it afresh, and `journaled` names
 * the outcome records (by outcomeKey) it holds already, which are not written again; `keepReplayed`
 * journals replayed answers too (`merge` writes the whole journal again, in the run's order).
 * Throws InvalidInputError when the file cannot be opened (a directory in its place, no permission).
 */
export class RecordWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private scheduled = false;
  private offset: number;
  private failure: Error | undefined;
  private mode: 'open' | 'answers-only' | 'sealed' | 'closed' = 'open';
  private readonly keepReplayed: boolean;
  private readonly journaled: ReadonlySet<string> | undefined;
  /** The journal's name in messages (as the user named the output directory). */
  private readonly display: string;
  /** Records handed to the operating system so far (by this writer). */
  written = 0;
  /** Of those, the records of model answers (not outcome records). */
  answers = 0;
  /** Write calls made (records added in one event-loop turn share one). */
  writes = 0;

  constructor(readonly path: string, opts: { append?: boolean; keepReplayed?: boolean; journaled?: ReadonlySet<string>; displayPath?: string } = {}) {
    try {
      this.fd = openSync(path, opts.append ? 'a' : 'w');
      this.offset = opts.append ? fstatSync(this.fd).size : 0;
    } catch (e) {
      throw outputError(e, opts.displayPath ?? path);
    }
    this.keepReplayed = opts.keepReplayed === true;
    this.journaled = opts.journaled;
    this.display = opts.displayPath ?? path;
  }

  /**
   * Queues a record, written at the end of this event-loop turn. When `answer` is given and was
   * replayed from a journal (recordedModel), nothing is queued unless `keepReplayed`: its record is
   * there already; nor is an outcome record the continued journal holds. After {@link interrupt}
   * only records of model answers are taken; after {@link seal}, none.
   */
  add(record: EvalRecord, answer?: Prediction): void {
    if (this.mode !== 'open' && (this.mode !== 'answers-only' || answer === undefined || record.kind === 'outcome')) return;
    if (!this.keepReplayed && answer !== undefined && isReplayed(answer)) return;
    if (this.journaled !== undefined && record.kind === 'outcome' && this.journaled.has(outcomeKey(record))) return;
    this.buffer.push(JSON.stringify(record));
    if (answer !== undefined) this.answers++;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.writeNow());
    }
  }

  /** Writes what is queued now, instead of at the end of the turn (a failure is kept, as always). */
  writePending(): void {
    this.writeNow();
  }

  /** The run was told to stop: from now on only the answers of calls in flight are journaled. */
  interrupt(): void {
    if (this.mode === 'open') this.mode = 'answers-only';
  }

  /** Nothing more is journaled (what was queued is written first). */
  seal(): void {
    this.writeNow();
    if (this.mode !== 'closed') this.mode = 'sealed';
  }

  /**
   * Writes what this turn queued now (callers await it before they ask the model for more, so
   * that no new request goes out before the answers that came are journaled), and throws the
   * failure of this or an earlier write.
   */
  flushIfFull(): Promise<void> {
    return this.flush();
  }

  /** Writes what is queued now; throws the failure of this or an earlier write. */
  async flush(): Promise<void> {
    this.writeNow();
    if (this.failure) throw this.failure;
  }

  /** Writes what is queued and closes the file; throws a write failure. */
  async close(): Promise<void> {
    if (this.mode === 'closed') return;
    this.writeNow();
    this.mode = 'closed';
    closeSync(this.fd);
    if (this.failure) throw this.failure;
  }

  private writeNow(): void {
    this.scheduled = false;
    if (this.buffer.length === 0 || this.failure || this.mode === 'closed') {
      this.buffer = [];
      return;
    }
    const lines = this.buffer.length;
    const data = Buffer.from(`${this.buffer.join('\n')}\n`, 'utf8');
    this.buffer = [];
    this.writes++;
    try {
      for (let at = 0; at < data.length; ) at += writeSync(this.fd, data, at, data.length - at, null);
      this.offset += data.length;
      this.written += lines;
    } catch (e) {
      // Keep only whole records: a line cut short by a full disk is cut back off.
      try {
        ftruncateSync(this.fd, this.offset);
      } catch {
        // the failure below says what happened; resume drops a partial last line anyway
      }
      this.failure = outputError(e, this.display, { journal: true });
    }
  }
}
