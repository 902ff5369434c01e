import type { CheckRunner } from '../../run/checkRunner.js';
import { scorePredictions } from '../../run/scorePredictions.js';

/**
 * The metrics check on a model: the answers on the test rows (asked once, shared with robustness),
 * scored unless a shard asked only its part or every answer failed (the error rate then decides).
 */
export const metricsRunner: CheckRunner<'metrics'> = {
  kind: 'metrics',
  stage: 1,
  phase: 'model',
  async run({ suite, check, fitted, only, left }) {
    if (!fitted) return { figures: {}, calls: 0, errors: 0, firstErrors: [] };
    const answers = await left.testAnswers();
    if (only || answers.every((a) => a.error !== undefined)) return { figures: {}, calls: 0, errors: 0, firstErrors: [] };
    const { scored, testRows } = fitted;
    const r = scorePredictions(testRows, answers, check, suite.data, { suiteFile: suite.file, seed: suite.seed, ...(scored.classes ? { classes: scored.classes } : {}) });
    left.metrics = r.detail;
    return { figures: r.figures, detail: r.detail, calls: 0, errors: 0, firstErrors: [] };
  },
};
