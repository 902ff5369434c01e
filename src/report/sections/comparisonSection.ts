import type { ReportSection } from '../reportSection.js';
import type { Comparison } from '../../contract/results.js';
import { fmt, sortKey } from '../../contract/format.js';
import { statusMark } from '../statusMark.js';
import { forestChart } from '../svg/forestChart.js';

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');

/** How a difference reads for the candidate: its interval clear of zero on the good or bad side. */
function tone(f: Comparison['figures'][number]): 'better' | 'worse' | 'unclear' {
  const good = f.higher_is_better ? f.ci_low > 0 : f.ci_high < 0;
  const bad = f.higher_is_better ? f.ci_high < 0 : f.ci_low > 0;
  return good ? 'better' : bad ? 'worse' : 'unclear';
}

/**
 * The baseline comparison: what was paired (and what was in one run only), the regression gates
 * with the test each used, a forest plot of candidate − baseline for every compared figure, the
 * table of differences, and the fixed and broken examples side by side. Left out when the run was
 * not compared.
 */
export const comparisonSection: ReportSection = {
  id: 'comparison',
  title: 'Comparison with the baseline',
  start(results, { maxExamples }) {
    const c = results.comparison;
    if (!c) return undefined;
    return {
      view: () => {
        const examples = (list: NonNullable<Comparison['mcnemar']>['fixed_examples']) =>
          list.slice(0, maxExamples).map((e) => ({ id: e.id, expected: text(e.expected), baseline: text(e.baseline), candidate: text(e.candidate) }));
        return {
          baseline: c.baseline.baseline_name ?? c.baseline.dir,
          baselineModel: c.baseline.model ?? '',
          candidateModel: c.candidate.model ?? '',
          level: `${Math.round(c.confidence * 1000) / 10}%`,
          resamples: c.resamples, seed: c.seed, alpha: c.alpha, forced: c.forced,
          pairing: c.pairing,
          onlyBaseline: c.pairing.only_baseline.ids.join(', '),
          onlyCandidate: c.pairing.only_candidate.ids.join(', '),
          statusMismatch: (c.pairing.status_mismatch?.ids ?? []).join('; '),
          mcnemar: c.mcnemar ? { ...c.mcnemar, p: fmt(c.mcnemar.p_value), fixed_examples: examples(c.mcnemar.fixed_examples), broken_examples: examples(c.mcnemar.broken_examples) } : undefined,
          gates: c.gates.map((g) => ({ mark: statusMark(g.status, g.severity), name: g.name, figure: g.figure, claim: g.claim, test: g.test, message: g.message, severity: g.severity })),
          chart: c.figures.length ? forestChart('Candidate − baseline', c.figures.map((f) => ({ name: f.figure, delta: f.delta, low: f.ci_low, high: f.ci_high, tone: tone(f) }))) : undefined,
          figures: c.figures.map((f) => ({
            figure: f.figure, baseline: fmt(f.baseline), candidate: fmt(f.candidate), delta: fmt(f.delta), deltaSort: sortKey(f.delta),
            interval: `${fmt(f.ci_low)} – ${fmt(f.ci_high)}`, pWorse: fmt(f.p_worse), pBetter: fmt(f.p_better), test: f.test, tone: tone(f),
          })),
          warnings: c.warnings,
        };
      },
    };
  },
};
