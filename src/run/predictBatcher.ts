import type { Model, Prediction } from '../models/model.js';
import { failedCall } from './failedCall.js';

/**
 * Gathers single predictions asked for by many concurrent searches into batched `predict` calls:
 * a call goes out as soon as every running search is waiting for an answer (see {@link active}),
 * or `maxBatch` inputs are waiting, or at the next turn of the event loop, whichever comes first.
 * A call that throws, or returns the wrong number of answers, answers each of its inputs with an
 * error, so every request settles with exactly one Prediction. Cost: one predict per batch.
 */
export class PredictBatcher {
  private pending: { input: string; resolve: (p: Prediction) => void }[] = [];
  private scheduled = false;
  calls = 0;
  errors = 0;
  private active = Number.POSITIVE_INFINITY;

  constructor(private readonly model: Model, private readonly maxBatch: number) {}

  /** Says how many searches are running: once that many inputs wait, nobody else will ask before an answer comes. */
  setActive(running: number): void {
    this.active = running;
    if (running > 0 && this.pending.length >= Math.min(this.maxBatch, running)) this.flush();
  }

  /** The model's answer for one input. */
  predict(input: string): Promise<Prediction> {
    return new Promise((resolve) => {
      this.pending.push({ input, resolve });
      if (this.pending.length >= Math.min(this.maxBatch, this.active)) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const started = performance.now();
    const inputs = batch.length === 1 ? [batch[0].input] : batch.map((b) => b.input);
    this.model.predict(inputs).then(
      (answers) => {
        const ok = answers.length === batch.length;
        const each = (performance.now() - started) / batch.length;
        const failed = ok ? undefined : failedCall(batch.length, { got: answers.length });
        batch.forEach((b, i) => this.settle(b.resolve, failed ? failed[i] : { latencyMs: each, ...answers[i] }));
      },
      (e: unknown) => {
        const failed = failedCall(batch.length, { thrown: e });
        batch.forEach((b, i) => this.settle(b.resolve, failed[i]));
      },
    );
  }

  private settle(resolve: (p: Prediction) => void, p: Prediction): void {
    this.calls++;
    if (p.error !== undefined) this.errors++;
    resolve(p);
  }
}
