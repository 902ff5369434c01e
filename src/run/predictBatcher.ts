import type { Model, Prediction } from '../models/model.js';
import { askModel } from './askModel.js';

/**
 * Gathers single predictions asked for by many concurrent searches into batched `predict` calls:
 * a call goes out as soon as every running search is waiting for an answer (see {@link active}),
 * or `maxBatch` inputs are waiting, or at the next turn of the event loop, whichever comes first,
 * after `beforeSend` (the journal's write of the answers that came).
 * A call that throws, or returns the wrong number of answers, answers each of its inputs with an
 * error, so every request settles with exactly one Prediction, as soon as it is known; only an
 * interruption rejects the requests still waiting. Cost: one predict per batch.
 */
export class PredictBatcher {
  private pending: { input: string; resolve: (p: Prediction) => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  calls = 0;
  errors = 0;
  private active = Number.POSITIVE_INFINITY;

  constructor(
    private readonly model: Model,
    private readonly maxBatch: number,
    private readonly signal?: AbortSignal,
    /** Called before each batch goes out (the search's journal writes what it holds). */
    private readonly beforeSend?: () => void,
  ) {}

  /** Says how many searches are running: once that many inputs wait, nobody else will ask before an answer comes. */
  setActive(running: number): void {
    this.active = running;
    if (running > 0 && this.pending.length >= Math.min(this.maxBatch, running)) this.flush();
  }

  /** The model's answer for one input. */
  predict(input: string): Promise<Prediction> {
    return new Promise((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (this.pending.length >= Math.min(this.maxBatch, this.active)) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    // The answers that led to these requests are journaled before the requests go out, so a run
    // killed at any moment has journaled every answer but those of the calls in flight.
    this.beforeSend?.();
    while (this.pending.length > 0) this.send(this.pending.splice(0, this.maxBatch));
  }

  private send(batch: { input: string; resolve: (p: Prediction) => void; reject: (e: unknown) => void }[]): void {
    const started = performance.now();
    const inputs = batch.length === 1 ? [batch[0].input] : batch.map((b) => b.input);
    // Each search goes on as soon as its own answer arrives, not when the whole batch is done.
    askModel(this.model, inputs, {
      ...(this.signal ? { signal: this.signal } : {}),
      onAnswer: (i, p) => this.settle(batch[i].resolve, p.error !== undefined || p.latencyMs !== undefined ? p : { latencyMs: (performance.now() - started) / batch.length, ...p }),
    }).catch((e: unknown) => {
      for (const b of batch) b.reject(e);
    });
  }

  private settle(resolve: (p: Prediction) => void, p: Prediction): void {
    this.calls++;
    if (p.error !== undefined) this.errors++;
    resolve(p);
  }
}
