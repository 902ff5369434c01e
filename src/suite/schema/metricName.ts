import { def } from './def.js';
import { enumOf } from './enumOf.js';

/** The metric names a suite may list (`metrics` and `cross-validation` checks). */
export const METRIC_NAMES = [
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'fbeta',
  'mcc',
  'kappa',
  'hamming_loss',
  'top_k_accuracy',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
  'ece',
] as const;

/** `$defs/metricName`: one of METRIC_NAMES. */
export const MetricName = def('metricName', enumOf(METRIC_NAMES));
