import type { ReportSection } from '../../report/reportSection.js';
import type { PerturbationResult, Results } from '../../contract/results.js';
import { fmt, sortKey } from '../../contract/format.js';
import { naNotes, naReason, numberCell } from '../../report/numberCell.js';
import { counterexampleRow } from '../../report/counterexampleRow.js';
import { slug } from '../../report/gateLink.js';

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
    anchor: slug(`${prefix}-${p.name}`),
    kind: p.kind,
    description: p.description,
    expect: p.expect,
    tested: p.tested,
    failures: p.failures,
    notApplicable: p.not_applicable,
    errors: p.errors,
    interrupted: p.interrupted,
    rate: numberCell(rate?.value, naReason('failure_rate')),
    interval: rate?.ci_low !== undefined ? `${fmt(rate.ci_low)} – ${fmt(rate.ci_high)}` : '',
    attack: numberCell(f('attack_success_rate')?.value, naReason('attack_success_rate')),
    robustAccuracy: f('robust_accuracy') === undefined && p.robust_accuracy_note !== undefined
      ? { text: 'n/a', sort: '', na: `robust accuracy ${p.robust_accuracy_note}` }
      : numberCell(f('robust_accuracy')?.value, naReason('robust_accuracy')),
    robustAccuracyNote: p.robust_accuracy_note ?? '',
    meanEdits: numberCell(f('mean_edits')?.value, naReason('mean_edits')),
    counterexamples: shown.map((c) => counterexampleRow(c, opts.outDir)),
    more: p.failures - shown.length,
  };
}

/** The reasons of the `n/a` cells of a perturbation table, once each. Example: for two rows without failures → `['no failures: mean edits ...']`. */
export function perturbationNotes(rows: readonly ReturnType<typeof perturbationView>[]): string[] {
  return naNotes(rows.flatMap((r) => [r.rate, r.attack, r.robustAccuracy, r.meanEdits]));
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
      view: () => {
        const perturbations = r.perturbations.map((p) => perturbationView(results, 'robustness', p, opts));
        return { runs: r.runs, examples: r.examples, seed: r.seed, perturbations, notes: perturbationNotes(perturbations) };
      },
    };
  },
};
