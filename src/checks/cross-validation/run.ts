import type { CheckRunner } from '../../run/checkRunner.js';
import { crossValidate } from '../../run/crossValidate.js';

/** Cross-validation: the model fitted and scored on each fold of the holdout's training rows (every row without a holdout). */
export const crossValidationRunner: CheckRunner<'cross-validation'> = {
  kind: 'cross-validation',
  stage: 4,
  phase: 'model',
  async run({ suite, check, examples, model, split, journal, progress: board, window, only }) {
    const rows = split ? Array.from(split.train, (i) => examples[i]) : examples;
    const progress = board('cross-validation', rows.length * check.repeats);
    const r = await crossValidate(model!, rows, check, suite.data, { suiteFile: suite.file, seed: suite.seed, journal, progress, ...(window ? { window } : {}), ...(only ? { only } : {}) });
    progress.stop();
    return { figures: r.figures, detail: r.detail, calls: r.calls, errors: r.errors, firstErrors: [] };
  },
};
