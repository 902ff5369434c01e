import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * One record per model call (or, for a predictions file, per example): the single source of truth
 * that every result derives from. DESIGN.md's shape; `null` where a field does not apply.
 */
export interface EvalRecord {
  id: string;
  check: string;
  variant: string | null;
  input: unknown;
  output: unknown;
  expected: unknown;
  score: number | null;
  probabilities?: number[] | Record<string, number>;
  error: string | null;
  latency_ms: number | null;
}

/** Appends records to a JSONL journal, buffering into large writes and honouring back-pressure. */
export class RecordWriter {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path, { flags: 'w' });
  }

  /** Queues a record (call {@link flushIfFull} after a batch). */
  add(record: EvalRecord): void {
    const line = JSON.stringify(record);
    this.buffer.push(line);
    this.size += line.length + 1;
  }

  /** Flushes once 1 MiB or more is buffered. */
  async flushIfFull(): Promise<void> {
    if (this.size >= 1 << 20) await this.flush();
  }

  /** Writes what is buffered, waiting for the stream to drain if it asks to. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Flushes and closes the journal. */
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
