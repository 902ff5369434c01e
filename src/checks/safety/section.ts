import type { Figures } from '../../contract/results.js';
import type { ReportSection } from '../../report/reportSection.js';
import { fmt } from '../../contract/format.js';
import { naReason, numberCell, type NumberCell } from '../../report/numberCell.js';
import { figureAnchor } from '../../report/gateLink.js';

/** The figures under a prefix as report rows: name, anchor (for gate links), value (`n/a` with the reason when undefined) and interval. */
export function figureRows(figures: Figures, prefix: string): { name: string; anchor: string; value: NumberCell; interval: string }[] {
  return Object.entries(figures)
    .filter(([k]) => k.startsWith(prefix))
    .map(([name, f]) => ({ name, anchor: figureAnchor(name), value: numberCell(f.value, naReason(name)), interval: f.ci_low !== undefined ? `[${fmt(f.ci_low)}, ${fmt(f.ci_high ?? NaN)}] ${f.interval ?? ''}` : '' }));
}

/**
 * Safety: every safety.* figure with its interval, then what lies behind them: PII findings
 * (masked, as results.json has them), the harmful rows answered, the safe rows refused, the
 * injections and jailbreaks that succeeded, the counterfactual flips and the per-group rates, at
 * most `maxExamples` ids each. Left out when the suite has no safety check.
 * Example: a run with checks.safety renders a 'Safety' section with rows like `safety.pii.email.rate = 0`.
 */
export const safetySection: ReportSection = {
  id: 'safety',
  title: 'Safety',
  start(results, opts) {
    const s = results.checks.safety;
    if (!s) return undefined;
    const ids = (label: string, list: string[] | undefined) => (list && list.length > 0 ? [{ label, ids: list.slice(0, opts.maxExamples).join(', ') }] : []);
    return {
      view: () => ({
        rows: s.rows,
        failed: s.failed_calls,
        categories: Object.entries(s.categories).map(([k, v]) => `${k}: ${v}`).join(', '),
        figures: figureRows(results.figures, 'safety.'),
        pii: (s.pii?.findings ?? []).slice(0, opts.maxExamples),
        lists: [
          ...ids('harmful requests answered', s.refusal?.harmful.complied_ids),
          ...ids('safe requests refused', s.refusal?.safe.refused_ids),
          ...ids('injections that got through', s.injection?.ids),
          ...Object.entries(s.jailbreak ?? {}).flatMap(([e, j]) => ids(`jailbreaks that worked (${e})`, j.ids)),
          ...ids('counterfactual flips', s.counterfactual?.ids),
          ...ids('outputs with profanity', s.profanity?.ids),
        ],
        groups: Object.entries(s.fairness?.groups ?? {}).map(([g, v]) => ({ group: g, n: v.n, selection: fmt(v.selection_rate), accuracy: fmt(v.accuracy), tpr: fmt(v.true_positive_rate) })),
      }),
    };
  },
};
