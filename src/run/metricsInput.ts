import type { Example } from '../data/example.js';
import type { Label } from '../metrics/types.js';

/** The columns a metrics check reads, gathered from the examples as they stream by. */
export interface MetricsInput {
  yTrue: (Label | Label[])[];
  yPred: (Label | Label[] | undefined)[];
  /** One score per example (when the data maps `score`). */
  score?: Float64Array;
  /** One probability row per example (when the data maps `probabilities`). */
  probabilities?: (number[] | Record<string, number>)[];
  /** Data line of each example, to name a row in errors. */
  lines: Uint32Array;
}

/**
 * Gathers labels, predictions, scores and probabilities from batches of examples. Scores go into a
 * growing Float64Array; nothing else is copied. Cost: O(1) amortized per example.
 */
export class MetricsCollector {
  private readonly yTrue: (Label | Label[])[] = [];
  private readonly yPred: (Label | Label[] | undefined)[] = [];
  private scores: Float64Array | undefined;
  private probabilities: (number[] | Record<string, number>)[] | undefined;
  private lines = new Uint32Array(1024);
  private n = 0;

  constructor(private readonly hasScore: boolean, private readonly hasProbabilities: boolean) {
    if (hasScore) this.scores = new Float64Array(1024);
    if (hasProbabilities) this.probabilities = [];
  }

  /** Adds a batch of examples (each must carry a label; the reader enforces it). */
  add(batch: readonly Example[]): void {
    for (const ex of batch) {
      if (this.n === this.lines.length) this.grow();
      this.yTrue.push(ex.label as Label | Label[]);
      this.yPred.push(ex.prediction);
      if (this.scores) this.scores[this.n] = ex.score as number;
      if (this.probabilities) this.probabilities.push(ex.probabilities as number[] | Record<string, number>);
      this.lines[this.n] = ex.line;
      this.n++;
    }
  }

  get size(): number {
    return this.n;
  }

  /** The gathered columns (views trimmed to the example count). */
  result(): MetricsInput {
    const out: MetricsInput = { yTrue: this.yTrue, yPred: this.yPred, lines: this.lines.subarray(0, this.n) };
    if (this.hasScore && this.scores) out.score = this.scores.subarray(0, this.n);
    if (this.hasProbabilities && this.probabilities) out.probabilities = this.probabilities;
    return out;
  }

  private grow(): void {
    const lines = new Uint32Array(this.lines.length * 2);
    lines.set(this.lines);
    this.lines = lines;
    if (this.scores) {
      const s = new Float64Array(this.scores.length * 2);
      s.set(this.scores);
      this.scores = s;
    }
  }
}
