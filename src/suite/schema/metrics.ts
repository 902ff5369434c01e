import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';
import { MetricName } from './metricName.js';
import { Label } from './scalars.js';

const options = Type.Object({
  include: Type.Optional(Type.Array(MetricName.ref(), { minItems: 1, uniqueItems: true })),
  average: Type.Optional(
    enumOf(['binary', 'micro', 'macro', 'weighted', 'samples'], {
      description: 'The average that a bare `f1`, `precision` or `recall` figure means. Default: binary for binary data, samples for multi-label data, macro otherwise.',
    }),
  ),
  labels: Type.Optional(
    Type.Array(Label.ref(), { minItems: 1, uniqueItems: true, description: "The labels to report and average over (scikit-learn's `labels`)." }),
  ),
  zero_division: Type.Optional(
    enumOf([0, 1, 'nan', 'warn'], { description: 'Value of a ratio whose denominator is 0. Default: warn (0 with a warning), as scikit-learn.' }),
  ),
  beta: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Beta of the fbeta figures. Default 1.' })),
  top_k: Type.Optional(Type.Integer({ minimum: 1, description: 'k of top_k_accuracy. Default 2.' })),
  bins: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1000, description: 'Equal-width calibration bins for ece and mce. Default 15 (Guo et al. 2017).' }),
  ),
  confidence: Type.Optional(
    Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'Confidence level of every interval. Default 0.95.' }),
  ),
  bootstrap: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 1000000,
      description: 'Bootstrap resamples for intervals that have no closed form; 0 turns them off. Default 1000.',
    }),
  ),
});

/** The object form of a `metrics` check: `include` and the options. */
export type RawMetricsOptions = Static<typeof options>;

/**
 * `$defs/metricsOptions`: the object form's keys. It has no `type`, because the `metrics` check
 * also applies it to the list form (where its object keywords do not apply).
 */
export const MetricsOptions = def(
  'metricsOptions',
  Type.Unsafe<RawMetricsOptions>({ additionalProperties: false, properties: options.properties }),
);

/** The options of a `metrics` check: a list of metric names, or the object form. */
export type RawMetrics = Static<typeof MetricName.schema>[] | RawMetricsOptions;

/** The `metrics` check's entry in `$defs/check`. */
export const metricsCheck = Type.Unsafe<RawMetrics>({
  description: 'Classification metrics with intervals: a list of metric names, or an object with `include` and options.',
  type: ['array', 'object'],
  minItems: 1,
  uniqueItems: true,
  items: MetricName.ref(),
  ...MetricsOptions.ref(),
});
