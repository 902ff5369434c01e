import { Type, type Static } from '@sinclair/typebox';
import { crossValidationCheck } from './crossValidation.js';
import { dataQualityCheck } from './dataQuality.js';
import { def } from './def.js';
import { metricsCheck } from './metrics.js';
import { qualityCheck } from './quality.js';
import { robustnessCheck } from './robustness.js';
import { safetyCheck } from './safety.js';
import { templatesCheck } from './templates.js';

/** Each check kind's options schema by the key that names it in a suite (in schema order). */
export const checkKinds = {
  metrics: metricsCheck,
  'cross-validation': crossValidationCheck,
  'data-quality': dataQualityCheck,
  robustness: robustnessCheck,
  templates: templatesCheck,
  safety: safetyCheck,
  quality: qualityCheck,
};

type Kinds = typeof checkKinds;

/**
 * A schema-valid check: an object with exactly one key, the check kind, holding its options. The
 * schema says "one key of these" (min/maxProperties 1); the type says the same as a union.
 */
export type RawCheck = { [K in keyof Kinds]: { [P in K]: Static<Kinds[K]> } }[keyof Kinds];

/** `$defs/check`. */
export const Check = def(
  'check',
  Type.Unsafe<RawCheck>({
    type: 'object',
    minProperties: 1,
    maxProperties: 1,
    additionalProperties: false,
    description: 'One check, named by its only key.',
    properties: checkKinds,
  }),
);
