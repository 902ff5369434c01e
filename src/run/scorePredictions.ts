import type { Example } from '../data/example.js';
import type { Prediction } from '../models/model.js';
import type { DataSpec, MetricsCheck } from '../suite/types.js';
import type { Label } from '../metrics/types.js';
import type { Figures, MetricsDetail } from '../report/results.js';
import { evaluateMetrics } from './evaluateMetrics.js';
import { MetricsCollector } from './metricsInput.js';

/**
 * The metrics of a model's answers on examples: failed calls are left out (they are counted as
 * errors elsewhere), probabilities are used when every answer has them, in the order of the
 * model's classes. Throws InvalidInputError when no answer succeeded.
 */
export function scorePredictions(
  examples: readonly Example[],
  answers: readonly Prediction[],
  check: MetricsCheck,
  data: DataSpec,
  ctx: { suiteFile: string; seed: number; classes?: readonly Label[] },
): { figures: Figures; detail: MetricsDetail; reportText: string } {
  const ok: Example[] = [];
  answers.forEach((a, i) => {
    if (a.error === undefined && a.label !== undefined) {
      ok.push({ ...examples[i], prediction: a.label, ...(a.probabilities ? { probabilities: a.probabilities } : {}), ...(a.score !== undefined ? { score: a.score } : {}) });
    }
  });
  const withProbabilities = ok.length > 0 && ok.every((e) => e.probabilities !== undefined);
  const collector = new MetricsCollector(false, withProbabilities);
  collector.add(ok);
  const spec: DataSpec = {
    ...data,
    fields: { ...data.fields, prediction: 'prediction', ...(withProbabilities ? { probabilities: 'probabilities' } : {}) },
    ...(withProbabilities && ctx.classes ? { classes: [...ctx.classes] } : {}),
  };
  const include = withProbabilities ? check.include : check.include.filter((m) => !SCORE_METRICS.has(m));
  const r = evaluateMetrics(collector.result(), { ...check, include }, spec, ctx);
  const dropped = check.include.filter((m) => !include.includes(m));
  if (dropped.length > 0) r.detail.warnings.push(`${dropped.join(', ')} need class probabilities, which the model did not return for every example: not computed`);
  return r;
}

const SCORE_METRICS = new Set(['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece', 'top_k_accuracy']);
