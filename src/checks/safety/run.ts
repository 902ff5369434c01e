import type { CheckRunner } from '../../run/checkRunner.js';
import { textCheckOutcome } from '../../run/textCheckOutcome.js';

/** The safety check: the model's (or the data's) outputs scored, and the jailbreak and counterfactual probes sent. */
export const safetyRunner: CheckRunner<'safety'> = {
  kind: 'safety',
  stage: 5,
  phase: 'model',
  withoutModel: true,
  run: textCheckOutcome,
};
