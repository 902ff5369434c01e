import type { CheckRunner } from '../../run/checkRunner.js';
import { runRobustness } from '../../run/runRobustness.js';
import { searchContext } from '../../run/searchContext.js';

/** The robustness check: a minimal-edit search from each test row the model answered (the answers the metrics check asked). */
export const robustnessRunner: CheckRunner<'robustness'> = {
  kind: 'robustness',
  stage: 2,
  phase: 'model',
  async run(ctx) {
    if (!ctx.fitted) return { figures: {}, calls: 0, errors: 0, firstErrors: [] };
    const answers = await ctx.left.testAnswers();
    const r = await runRobustness(ctx.check, ctx.fitted.testRows, answers, searchContext(ctx, ctx.fitted.scored));
    return { figures: r.figures, detail: r.detail, calls: r.calls, errors: r.errors, firstErrors: [] };
  },
};
