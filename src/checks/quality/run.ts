import type { CheckRunner } from '../../run/checkRunner.js';
import { textCheckOutcome } from '../../run/textCheckOutcome.js';

/** The quality check: the model's (or the data's) outputs scored against references, assertions and custom scorers. */
export const qualityRunner: CheckRunner<'quality'> = {
  kind: 'quality',
  stage: 6,
  phase: 'model',
  withoutModel: true,
  run: textCheckOutcome,
};
