import type { MetricWarning } from './types.js';

/** A scalar score with the warnings scikit-learn would have raised while computing it. */
export interface ScoreResult {
  value: number;
  warnings: MetricWarning[];
}

/** Warning codes of the score-based metrics (sklearn's warning text is the message). */
import { UNDEFINED_METRIC } from './types.js';
export { UNDEFINED_METRIC };
export const PROBABILITIES_NOT_NORMALIZED = 'probabilities-not-normalized';
export const LABELS_NOT_ORDERED = 'labels-not-ordered';
