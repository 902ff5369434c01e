import type { ConfusionMatrix } from './confusionMatrix.js';
import { MIX_OF_LABEL_TYPES, sortLabels } from './sortLabels.js';
import { throwNonFinite } from './typeOfTarget.js';
import type { Label } from './types.js';

/**
 * Streaming confusion matrix for large files: labels are discovered as they come and encoded to
 * small integers with a Map; counts live in one Float64Array that grows by doubling.
 * `add` is O(1) amortized (two Map lookups); `result` is O(K² + K log K).
 * `result()` equals `confusionMatrix(yTrue, yPred)` on the same rows (same sorted labels, same
 * cells; weighted cells accumulate in arrival order as sklearn's do).
 * Throws "Mix of label input types (string and number)" as soon as both kinds have been seen, and
 * for NaN, infinite or non-integral numeric labels (sklearn rejects continuous targets).
 *
 * @example const acc = new ConfusionAccumulator(); acc.add('a', 'b'); acc.result().matrix // [[0, 1], [0, 0]]
 */
export class ConfusionAccumulator {
  private readonly index = new Map<Label, number>();
  private readonly seen: Label[] = [];
  private capacity = 8;
  private counts = new Float64Array(64);
  private kind: 'string' | 'number' | null = null;
  private total = 0;

  /** Counts one (true, predicted) pair with `weight` (default 1). */
  add(yTrue: Label, yPred: Label, weight = 1): void {
    let a = this.index.get(yTrue);
    if (a === undefined) a = this.discover(yTrue);
    let b = this.index.get(yPred);
    if (b === undefined) b = this.discover(yPred);
    this.counts[a * this.capacity + b] += weight;
    this.total++;
  }

  /** Counts many pairs; `weights` optional. O(n). */
  addAll(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, weights?: ArrayLike<number>): void {
    if (yTrue.length !== yPred.length || (weights !== undefined && weights.length !== yTrue.length)) {
      const lengths = [yTrue.length, yPred.length, ...(weights === undefined ? [] : [weights.length])];
      throw new Error(`Found input variables with inconsistent numbers of samples: [${lengths.join(', ')}]`);
    }
    for (let i = 0; i < yTrue.length; i++) this.add(yTrue[i], yPred[i], weights === undefined ? 1 : weights[i]);
  }

  /** Adds every cell of another accumulator (e.g. one per shard). O(K²). */
  merge(other: ConfusionAccumulator): void {
    const k = other.seen.length;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const v = other.counts[i * other.capacity + j];
        if (v === 0) continue;
        let a = this.index.get(other.seen[i]);
        if (a === undefined) a = this.discover(other.seen[i]);
        let b = this.index.get(other.seen[j]);
        if (b === undefined) b = this.discover(other.seen[j]);
        this.counts[a * this.capacity + b] += v;
      }
    }
    this.total += other.total;
  }

  /** Number of `add` calls so far (rows, not weights). */
  get size(): number {
    return this.total;
  }

  /**
   * The matrix over the sorted union of the labels seen and `labels` (absent labels get zero rows
   * and columns). Unlike `confusionMatrix(..., { labels })` this never drops or reorders rows.
   */
  result(labels?: readonly Label[]): ConfusionMatrix {
    const all = labels === undefined ? this.seen : [...this.seen, ...labels];
    const sorted = sortLabels(all);
    const k = sorted.length;
    const from = sorted.map((l) => this.index.get(l) ?? -1);
    const matrix: number[][] = [];
    for (let i = 0; i < k; i++) {
      const row = new Array<number>(k).fill(0);
      const a = from[i];
      if (a >= 0) {
        for (let j = 0; j < k; j++) {
          const b = from[j];
          if (b >= 0) row[j] = this.counts[a * this.capacity + b];
        }
      }
      matrix.push(row);
    }
    return { labels: sorted, matrix };
  }

  private discover(label: Label): number {
    const kind = typeof label;
    if (kind !== 'string' && kind !== 'number') throw new Error(`Labels must be strings or numbers, got ${kind}`);
    if (kind === 'number') {
      if (!Number.isFinite(label)) throwNonFinite(label as number, '');
      if (!Number.isInteger(label)) throw new Error('continuous is not supported');
    }
    if (this.kind === null) this.kind = kind;
    else if (this.kind !== kind) throw new Error(MIX_OF_LABEL_TYPES);
    const code = this.seen.length;
    if (code === this.capacity) this.grow();
    this.index.set(label, code);
    this.seen.push(label);
    return code;
  }

  private grow(): void {
    const old = this.capacity;
    const cap = old * 2;
    const next = new Float64Array(cap * cap);
    for (let i = 0; i < old; i++) next.set(this.counts.subarray(i * old, i * old + old), i * cap);
    this.capacity = cap;
    this.counts = next;
  }
}
