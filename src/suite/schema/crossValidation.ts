import { Type, type Static } from '@sinclair/typebox';
import { enumOf } from './enumOf.js';
import { confidenceLevel } from './scalars.js';
import { MetricName } from './metricName.js';

/** The `cross-validation` check's entry in `$defs/check`. */
export const crossValidationCheck = Type.Object(
  {
    folds: Type.Optional(Type.Integer({ minimum: 2, maximum: 1000, description: 'Default 5.' })),
    stratify: Type.Optional(Type.Boolean({ description: 'StratifiedKFold (default true for single-label data).' })),
    group: Type.Optional(Type.Boolean({ description: 'GroupKFold over data.group (StratifiedGroupKFold with stratify).' })),
    shuffle: Type.Optional(Type.Boolean({ description: "Shuffle before splitting, with the suite's seed (as scikit-learn's random_state)." })),
    repeats: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Repeated k-fold: different shuffles of the same folds count.' })),
    metrics: Type.Optional(Type.Array(MetricName.ref(), { minItems: 1, uniqueItems: true })),
    average: Type.Optional(enumOf(['binary', 'micro', 'macro', 'weighted'])),
    confidence: confidenceLevel(),
  },
  {
    additionalProperties: false,
    description:
      "k-fold cross-validation of a trainable model: fit on each training part, score the test part. Folds are identical to scikit-learn's.",
  },
);

/** The options of a `cross-validation` check. */
export type RawCrossValidation = Static<typeof crossValidationCheck>;
