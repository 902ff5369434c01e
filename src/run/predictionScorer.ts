import type { Example } from '../data/example.js';
import type { Prediction } from '../models/model.js';
import type { DataSpec, MetricsCheck } from '../suite/types.js';
import type { Label } from '../metrics/types.js';
import type { Figures, MetricsDetail } from '../contract/results.js';
import { evaluateMetrics } from './evaluateMetrics.js';
import { MetricsCollector } from './metricsInput.js';
import { SCORE_METRICS } from '../metrics/metricLists.js';

/**
 * The metrics of a model's answers, gathered one (example, answer) at a time so that neither the
 * examples nor the answers need be kept: failed calls are left out (they are counted as errors
 * elsewhere), probabilities are used when every scored answer has them, in the order of the
 * model's classes. Cost: O(1) amortized per answer, typed columns (MetricsCollector).
 * Example: `new PredictionScorer().scored` → `0`.
 */
export class PredictionScorer {
  private readonly collector = new MetricsCollector(false, true);
  private allProbabilities = true;
  // One scratch row handed to the collector, which keeps only its fields' values.
  private readonly row: Example = { id: '', line: 0, input: undefined, label: undefined, prediction: undefined, score: undefined, probabilities: undefined, group: undefined };

  /** Answers scored so far (the successful ones with a label). */
  get scored(): number {
    return this.collector.size;
  }

  /** Adds one example with its model answer (skipped when the call failed or gave no label). */
  add(example: Example, answer: Prediction): void {
    if (answer.error !== undefined || answer.label === undefined) return;
    const row = this.row;
    row.line = example.line;
    row.label = example.label;
    row.prediction = answer.label;
    row.probabilities = answer.probabilities;
    if (answer.probabilities === undefined) this.allProbabilities = false;
    this.collector.add([row]);
  }

  /** The figures and detail of the metrics check on what was added. Throws InvalidInputError when nothing was scored. */
  result(check: MetricsCheck, data: DataSpec, ctx: { suiteFile: string; seed: number; classes?: readonly Label[] }): { figures: Figures; detail: MetricsDetail; reportText: string } {
    const withProbabilities = this.collector.size > 0 && this.allProbabilities;
    const input = this.collector.result();
    if (!withProbabilities) delete input.probabilities;
    const spec: DataSpec = {
      ...data,
      fields: { ...data.fields, prediction: 'prediction', ...(withProbabilities ? { probabilities: 'probabilities' } : {}) },
      ...(withProbabilities && ctx.classes ? { classes: [...ctx.classes] } : {}),
    };
    const include = withProbabilities ? check.include : check.include.filter((m) => !SCORE_METRICS.includes(m));
    const r = evaluateMetrics(input, { ...check, include }, spec, ctx);
    const dropped = check.include.filter((m) => !include.includes(m));
    if (dropped.length > 0) r.detail.warnings.push(`${dropped.join(', ')} need class probabilities, which the model did not return for every example: not computed`);
    return r;
  }
}
