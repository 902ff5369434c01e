import type { Example } from '../data/example.js';
import type { Label } from '../metrics/types.js';

/** The columns a metrics check reads, gathered from the examples as they stream by. */
export interface MetricsInput {
  n: number;
  /** Every distinct single label met (true or predicted), in order of first appearance. */
  labels: Label[];
  /** Index into `labels` of each example's true label (single-label data). */
  trueCodes: Int32Array;
  /** Index into `labels` of each example's prediction; −1 when the row has none. */
  predCodes: Int32Array;
  /** Multi-label data: the label lists, and the line of the first row of each kind (−1: none). */
  multiTrue: Label[][];
  multiPred: (Label[] | undefined)[];
  firstSingleLine: number;
  firstMultiLine: number;
  /** One score per example (when the data maps `score`). */
  score?: Float64Array;
  /** One probability row per example (when the data maps `probabilities`). */
  probabilities?: (number[] | Record<string, number>)[];
  /** Data line of each example, to name a row in errors. */
  lines: Uint32Array;
}

/**
 * Gathers labels (encoded to small integers as they come), predictions, scores and probabilities
 * from batches of examples or from coded rows ({@link MetricsCollector.push}), in typed arrays
 * that grow by doubling. Cost: O(1) amortized per example.
 */
export class MetricsCollector {
  private readonly index = new Map<Label, number>();
  private readonly labels: Label[] = [];
  private trueCodes: Int32Array;
  private predCodes: Int32Array;
  private scores: Float64Array | undefined;
  private lines: Uint32Array;
  // JSON.parse hands back the same string object for short repeated values, so most rows hit these.
  private lastLabel: Label | undefined;
  private lastCode = -1;
  private readonly multiTrue: Label[][] = [];
  private readonly multiPred: (Label[] | undefined)[] = [];
  private readonly probabilities: (number[] | Record<string, number>)[] | undefined;
  private firstSingleLine = -1;
  private firstMultiLine = -1;
  private n = 0;

  /** `expectedRows` sizes the arrays up front (e.g. from the file size); they grow past it if needed. */
  constructor(hasScore: boolean, hasProbabilities: boolean, expectedRows = 1024) {
    const size = Math.max(16, Math.min(Math.ceil(expectedRows), 1 << 26));
    this.trueCodes = new Int32Array(size);
    this.predCodes = new Int32Array(size);
    this.lines = new Uint32Array(size);
    if (hasScore) this.scores = new Float64Array(size);
    if (hasProbabilities) this.probabilities = [];
  }

  /** Adds a batch of examples (each carries a label: the reader enforces it). */
  add(batch: readonly Example[]): void {
    for (let b = 0; b < batch.length; b++) {
      const ex = batch[b];
      if (this.n === this.lines.length) this.grow();
      const i = this.n++;
      const t = ex.label as Label | Label[];
      const p = ex.prediction;
      if (Array.isArray(t)) {
        if (this.firstMultiLine < 0) this.firstMultiLine = ex.line;
        this.multiTrue.push(t);
        this.multiPred.push(Array.isArray(p) ? p : undefined);
        this.trueCodes[i] = -1;
        this.predCodes[i] = -1;
      } else {
        if (this.firstSingleLine < 0) this.firstSingleLine = ex.line;
        this.trueCodes[i] = this.code(t);
        this.predCodes[i] = p === undefined || Array.isArray(p) ? -1 : this.code(p);
      }
      if (this.scores) this.scores[i] = ex.score as number;
      if (this.probabilities) this.probabilities.push(ex.probabilities as number[] | Record<string, number>);
      this.lines[i] = ex.line;
    }
  }

  /**
   * Adds one single-label row given as label codes (from {@link MetricsCollector.code}; −1: no
   * prediction), its score (ignored unless collected) and probabilities: what a fast reader
   * gives instead of an Example.
   */
  push(trueCode: number, predCode: number, score: number, probabilities: number[] | undefined, line: number): void {
    if (this.n === this.lines.length) this.grow();
    const i = this.n++;
    if (this.firstSingleLine < 0) this.firstSingleLine = line;
    this.trueCodes[i] = trueCode;
    this.predCodes[i] = predCode;
    if (this.scores) this.scores[i] = score;
    if (this.probabilities) this.probabilities.push(probabilities as number[]);
    this.lines[i] = line;
  }

  get size(): number {
    return this.n;
  }

  /** The gathered columns (typed arrays trimmed to the example count). */
  result(): MetricsInput {
    const n = this.n;
    const out: MetricsInput = {
      n,
      labels: this.labels,
      trueCodes: this.trueCodes.subarray(0, n),
      predCodes: this.predCodes.subarray(0, n),
      multiTrue: this.multiTrue,
      multiPred: this.multiPred,
      firstSingleLine: this.firstSingleLine,
      firstMultiLine: this.firstMultiLine,
      lines: this.lines.subarray(0, n),
    };
    if (this.scores) out.score = this.scores.subarray(0, n);
    if (this.probabilities) out.probabilities = this.probabilities;
    return out;
  }

  /** The code of `label`: its index among the labels met, added when new. */
  code(label: Label): number {
    if (label === this.lastLabel) return this.lastCode;
    let c = this.index.get(label);
    if (c === undefined) {
      c = this.labels.length;
      this.index.set(label, c);
      this.labels.push(label);
    }
    this.lastLabel = label;
    this.lastCode = c;
    return c;
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const t = new Int32Array(size);
    t.set(this.trueCodes);
    this.trueCodes = t;
    const p = new Int32Array(size);
    p.set(this.predCodes);
    this.predCodes = p;
    const l = new Uint32Array(size);
    l.set(this.lines);
    this.lines = l;
    if (this.scores) {
      const s = new Float64Array(size);
      s.set(this.scores);
      this.scores = s;
    }
  }
}
