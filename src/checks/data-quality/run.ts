import type { CheckRunner } from '../../run/checkRunner.js';
import { runDataQuality } from '../../run/runDataQuality.js';

/** The data-quality check: every example read (leakage: the holdout's test rows against its training rows); no model call. */
export const dataQualityRunner: CheckRunner<'data-quality'> = {
  kind: 'data-quality',
  stage: 7,
  phase: 'data',
  async run({ suite, check, examples, split }) {
    const q = runDataQuality(check, examples, { seed: suite.seed, ...(split ? { split } : {}) });
    return { figures: q.figures, detail: q.outcomes, calls: 0, errors: 0, firstErrors: [] };
  },
};
