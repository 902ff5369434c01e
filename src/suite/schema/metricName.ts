import { METRIC_NAMES } from '../types.js';
import { def } from './def.js';
import { enumOf } from './enumOf.js';

/**
 * `$defs/metricName`: a metric name a `metrics` or `cross-validation` check may list (METRIC_NAMES
 * of suite/types.ts; to come from the metric table of src/metrics/ once it exists).
 */
export const MetricName = def('metricName', enumOf(METRIC_NAMES));
