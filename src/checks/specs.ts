import type { CheckKind, CheckSpec } from '../suite/checkSpec.js';
import type { Check } from '../suite/types.js';
import { crossValidationSpec } from './cross-validation/spec.js';
import { dataQualitySpec } from './data-quality/spec.js';
import { metricsSpec } from './metrics/spec.js';
import { qualitySpec } from './quality/spec.js';
import { robustnessSpec } from './robustness/spec.js';
import { safetySpec } from './safety/spec.js';
import { templatesSpec } from './templates/spec.js';

/**
 * The suite layer's registry: each check kind's rules and figures, one line per kind. Typed by
 * the Check union, so a kind added there without a line here does not compile.
 */
export const CHECK_SPECS: { readonly [K in CheckKind]: CheckSpec<K> } = {
  metrics: metricsSpec,
  'cross-validation': crossValidationSpec,
  'data-quality': dataQualitySpec,
  robustness: robustnessSpec,
  templates: templatesSpec,
  safety: safetySpec,
  quality: qualitySpec,
};

/** Every kind's spec, in registry order, as one list (a spec typed loosely enough to call with any check). */
export const SPEC_LIST = Object.values(CHECK_SPECS) as unknown as CheckSpec<CheckKind>[];

/** The suite's first check of `kind`, if it has one. */
export function checkOfKind<K extends CheckKind>(checks: readonly Check[], kind: K): Extract<Check, { kind: K }> | undefined {
  return checks.find((c): c is Extract<Check, { kind: K }> => c.kind === kind);
}
