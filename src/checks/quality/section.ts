import type { ReportSection } from '../../report/reportSection.js';
import { figureRows } from '../safety/section.js';

/**
 * Text quality: every quality.* figure with its interval and the first failures (JSON, schema,
 * length, assertions), at most `maxExamples`. Left out when the suite has no quality check.
 * Example: a run with checks.quality renders a 'Text quality' section with rows like `quality.bleu = 31.2`.
 */
export const qualitySection: ReportSection = {
  id: 'quality',
  title: 'Text quality',
  start(results, opts) {
    const q = results.checks.quality;
    if (!q) return undefined;
    return {
      view: () => ({
        rows: q.rows,
        answered: q.answered,
        withReference: q.with_reference,
        figures: figureRows(results.figures, 'quality.'),
        failures: q.failures.slice(0, opts.maxExamples),
      }),
    };
  },
};
