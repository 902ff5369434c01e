import type { Label } from '../metrics/types.js';
import type { EvalRecord } from '../contract/evalRecord.js';
import { TopExamples } from './topExamples.js';
import { exampleText, labelText } from './exampleText.js';
import { fmt, sortKey } from '../contract/format.js';

/** One example as a report row. */
export interface ExampleRow {
  id: string;
  variant: string;
  expected: string;
  output: string;
  confidence: string;
  confidenceSort: string;
  input: string;
  cut: boolean;
  error: string;
}

/**
 * The confidence a record's answer was given: the probability of the predicted label (the largest
 * probability when it is not listed), or for a binary score the probability of the answer
 * (`score` for `posLabel`, `1 − score` otherwise); NaN when the answer has none.
 * Example: `answerConfidence({ output: 'ham', score: 0.2, ... }, 'spam')` → `0.8`.
 */
export function answerConfidence(r: EvalRecord, posLabel: Label | undefined): number {
  const p = r.probabilities;
  if (Array.isArray(p)) return p.length ? Math.max(...p) : NaN;
  if (p && typeof p === 'object') {
    const own = p[String(r.output)];
    return typeof own === 'number' ? own : Math.max(...Object.values(p));
  }
  if (typeof r.score === 'number') return posLabel === undefined || String(r.output) === String(posLabel) ? r.score : 1 - r.score;
  return NaN;
}

/**
 * Picks, from a stream of metrics records, the misclassified examples the model was most sure of
 * and the failed model calls (first ones), at most `max` of each; counts them all. O(max) memory.
 * Example: after offering 3 wrong answers with confidences 0.6, 0.9, 0.7 to `new MetricsExamples(2, 'spam')`,
 * `.misclassified().rows.map((r) => r.confidence)` → `['0.9', '0.7']`.
 */
export class MetricsExamples {
  private readonly wrong: TopExamples<EvalRecord>;
  private readonly failed: EvalRecord[] = [];
  private failedTotal = 0;

  constructor(private readonly max: number, private readonly posLabel: Label | undefined) {
    this.wrong = new TopExamples(max);
  }

  /** Looks at one record of the metrics check. */
  add(r: EvalRecord): void {
    if (r.error !== null && r.error !== undefined) {
      this.failedTotal++;
      if (this.failed.length < this.max) this.failed.push(r);
      return;
    }
    if (r.expected === null || r.expected === undefined) return;
    if (labelText(r.expected) === labelText(r.output)) return;
    this.wrong.offer(r, answerConfidence(r, this.posLabel));
  }

  /** The misclassified examples kept, most confident first, and how many there were. */
  misclassified(): { rows: ExampleRow[]; total: number } {
    return { rows: this.wrong.items().map((r) => this.row(r)), total: this.wrong.total };
  }

  /** The failed calls kept, in file order, and how many there were. */
  errors(): { rows: ExampleRow[]; total: number } {
    return { rows: this.failed.map((r) => this.row(r)), total: this.failedTotal };
  }

  private row(r: EvalRecord): ExampleRow {
    const c = answerConfidence(r, this.posLabel);
    const input = exampleText(r.input);
    return {
      id: String(r.id), variant: r.variant ?? '', expected: labelText(r.expected), output: labelText(r.output),
      confidence: fmt(c), confidenceSort: sortKey(c), input: input.text, cut: input.cut, error: r.error ?? '',
    };
  }
}
