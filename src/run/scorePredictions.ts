import type { Example } from '../data/example.js';
import type { Prediction } from '../models/model.js';
import type { DataSpec, MetricsCheck } from '../suite/types.js';
import type { Label } from '../metrics/types.js';
import type { Figures, MetricsDetail } from '../contract/results.js';
import { PredictionScorer } from './predictionScorer.js';

/**
 * The metrics of a model's answers on examples (answers[i] answers examples[i]): see
 * {@link PredictionScorer}, which this feeds in order. Throws InvalidInputError when no answer succeeded.
 */
export function scorePredictions(
  examples: readonly Example[],
  answers: readonly Prediction[],
  check: MetricsCheck,
  data: DataSpec,
  ctx: { suiteFile: string; seed: number; classes?: readonly Label[] },
): { figures: Figures; detail: MetricsDetail; reportText: string } {
  const scorer = new PredictionScorer();
  answers.forEach((a, i) => scorer.add(examples[i], a));
  return scorer.result(check, data, ctx);
}
