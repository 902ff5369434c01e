import type { CheckRunner } from '../run/checkRunner.js';
import type { CheckKind } from '../suite/checkSpec.js';
import { crossValidationRunner } from './cross-validation/run.js';
import { dataQualityRunner } from './data-quality/run.js';
import { metricsRunner } from './metrics/run.js';
import { qualityRunner } from './quality/run.js';
import { robustnessRunner } from './robustness/run.js';
import { safetyRunner } from './safety/run.js';
import { templatesRunner } from './templates/run.js';

/**
 * The run layer's registry: each check kind's runner, one line per kind, in the order results.json
 * lists the checks (each runner's `stage` orders the runs). Typed by the Check union, so a kind
 * added there without a line here does not compile.
 */
export const CHECK_RUNNERS: { readonly [K in CheckKind]: CheckRunner<K> } = {
  metrics: metricsRunner,
  'cross-validation': crossValidationRunner,
  robustness: robustnessRunner,
  templates: templatesRunner,
  'data-quality': dataQualityRunner,
  safety: safetyRunner,
  quality: qualityRunner,
};

/** Every runner, in the order they run (by stage). */
export const RUN_ORDER = (Object.values(CHECK_RUNNERS) as unknown as CheckRunner<CheckKind>[]).sort((a, b) => a.stage - b.stage);
