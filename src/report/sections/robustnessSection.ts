import type { ReportSection } from '../reportSection.js';
import type { PerturbationResult, Results } from '../results.js';
import { fmt, sortKey } from '../format.js';
import { counterexampleRow } from '../counterexampleRow.js';

/**
 * One perturbation (of the robustness check, or of a template test under `templates.TEST`) as a
 * table row, reading its rates from `PREFIX.NAME.*` figures (robust accuracy `n/a` when it is
 * not computed, with the reason), and at most `maxExamples` of its counterexamples (each with the
 * command that replays it from `outDir`). Example: for typo with 38 failures of 80 → `{ name: 'typo', rate: '0.475', interval: '0.3692 – 0.583', ... }`.
 */
export function perturbationView(results: Results, prefix: string, p: PerturbationResult, opts: { maxExamples: number; outDir: string }) {
  const f = (name: string) => results.figures[`${prefix}.${p.name}.${name}`];
  const rate = f('failure_rate');
  const shown = p.counterexamples.slice(0, opts.maxExamples);
  return {
    name: p.name,
    anchor: `${prefix}-${p.name}`.replace(/[^a-z0-9_-]/gi, '-'),
    kind: p.kind,
    description: p.description,
    expect: p.expect,
    tested: p.tested,
    failures: p.failures,
    notApplicable: p.not_applicable,
    errors: p.errors,
    interrupted: p.interrupted,
    rate: fmt(rate?.value),
    rateSort: sortKey(rate?.value),
    interval: rate?.ci_low !== undefined ? `${fmt(rate.ci_low)} – ${fmt(rate.ci_high)}` : '',
    attack: fmt(f('attack_success_rate')?.value),
    robustAccuracy: f('robust_accuracy') === undefined && p.robust_accuracy_note !== undefined ? 'n/a' : fmt(f('robust_accuracy')?.value),
    robustAccuracyNote: p.robust_accuracy_note ?? '',
    meanEdits: fmt(f('mean_edits')?.value),
    counterexamples: shown.map((c) => counterexampleRow(c, opts.outDir)),
    more: p.failures - shown.length,
  };
}

/**
 * Robustness: per perturbation its failure rate with interval, attack success rate, robust
 * accuracy and mean edits, then its minimal counterexamples (at most `maxExamples`) with the edit
 * highlighted, original against perturbed, the answer before and after, and the replay command.
 * Left out when the suite has no robustness check.
 */
export const robustnessSection: ReportSection = {
  id: 'robustness',
  title: 'Robustness',
  start(results, opts) {
    const r = results.checks.robustness;
    if (!r) return undefined;
    return {
      view: () => ({
        runs: r.runs,
        examples: r.examples,
        seed: r.seed,
        perturbations: r.perturbations.map((p) => perturbationView(results, 'robustness', p, opts)),
      }),
    };
  },
};
