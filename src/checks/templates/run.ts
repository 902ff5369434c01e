import type { CheckRunner } from '../../run/checkRunner.js';
import { runTemplates } from '../../run/runTemplates.js';
import { searchContext } from '../../run/searchContext.js';

/** The templates check: each template test's generated cases, asked and searched with their perturbations. */
export const templatesRunner: CheckRunner<'templates'> = {
  kind: 'templates',
  stage: 3,
  phase: 'model',
  async run(ctx) {
    if (!ctx.fitted) return { figures: {}, calls: 0, errors: 0, firstErrors: [] };
    const r = await runTemplates(ctx.check, { ...searchContext(ctx, ctx.fitted.scored), ...(ctx.window !== undefined ? { window: ctx.window } : {}) });
    return { figures: r.figures, detail: r.detail, calls: r.calls, errors: r.errors, firstErrors: [] };
  },
};
