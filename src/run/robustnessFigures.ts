import { wilsonFigure } from './figureIntervals.js';
import { spread } from '../stats/tInterval.js';
import { elideDiff, textDiff } from '../perturb/textDiff.js';
import { keepsLabel, mayKeepLabel, sameLabel } from '../perturb/expectation.js';
import type { CounterexampleResult, Figure, Figures, PerturbationResult } from '../contract/results.js';
import { describeExpectation } from '../suite/describeExpectation.js';
import type { ExpectationSpec } from '../suite/types.js';
import type { OutcomeTerms } from './outcomeTerms.js';
import type { PerturbationRun } from './searchPerturbations.js';


/**
 * The figures of one perturbation's search (`PREFIX.NAME.X`: tested, not_applicable, errors,
 * failures, failure_rate, attack_success_rate among examples the model got right, mean_edits of the
 * minimal counterexamples with a t-interval, robust_accuracy) and its results.json entry, keeping
 * `maxFailures` counterexamples. robust_accuracy (HELM's worst case) is the share of the examples
 * whose perturbed texts keep their expected label ({@link keepsLabel}) that the model gets right
 * on the original and on every perturbed text tried; for a directional or custom expectation it is
 * not computed (no figure, and the entry's `robust_accuracy_note` says why), for a fixed
 * `label` it covers the examples expected to have that label (the note says so). With `out`, each
 * example's terms of those figures go to `out.terms` as unit (out.check, NAME, id).
 */
export function perturbationFigures(run: PerturbationRun, prefix: string, confidence: number, maxFailures: number, out?: { terms: OutcomeTerms; check: string }): { figures: Figures; result: PerturbationResult } {
  const p = `${prefix}.${run.spec.name}`;
  let tested = 0, na = 0, errors = 0, failures = 0, interrupted = 0;
  let right = 0, broken = 0, labelled = 0, robust = 0;
  const edits: number[] = [];
  const counterexamples: CounterexampleResult[] = [];
  const term = (id: string, name: string, t: number[]) => out?.terms.add(out.check, run.spec.name, id, `${p}.${name}`, t);
  const worstCase = mayKeepLabel(run.spec.expect);
  for (const { item, outcome } of run.outcomes) {
    if (outcome.status === 'not-applicable' || outcome.status === 'error') {
      if (outcome.status === 'error') errors++;
      else na++;
      out?.terms.status(out.check, run.spec.name, item.id, outcome.status, outcome.status === 'error' ? outcome.error : undefined);
      continue;
    }
    tested++;
    const correct = item.expected === undefined ? undefined : sameLabel(item.before.label, item.expected);
    const kept = keepsLabel(run.spec.expect, item.expected);
    const isRobust = kept && correct === true && outcome.worstCorrect !== false;
    if (kept) {
      labelled++;
      if (isRobust) robust++;
    }
    if (correct) right++;
    const failed = outcome.status === 'fail';
    term(item.id, 'failure_rate', [failed ? 1 : 0, 1]);
    term(item.id, 'attack_success_rate', [failed && correct ? 1 : 0, correct ? 1 : 0]);
    if (worstCase) term(item.id, 'robust_accuracy', [isRobust ? 1 : 0, kept ? 1 : 0]);
    term(item.id, 'mean_edits', failed ? [outcome.edits.length, 1] : [0, 0]);
    if (outcome.status === 'pass') { if (outcome.interrupted) interrupted++; continue; }
    failures++;
    if (correct) broken++;
    edits.push(outcome.edits.length);
    counterexamples.push({
      id: `${run.spec.name}/${item.id}`,
      example: item.id,
      perturbation: run.spec.name,
      seed: outcome.seed,
      path: outcome.path,
      kept: outcome.kept,
      edits: outcome.edits,
      before: item.before.label ?? item.before.text ?? null,
      after: outcome.verdict.answer ?? null,
      reason: outcome.verdict.reason,
      diff: elideDiff(textDiff(item.text, outcome.edits)),
    });
  }
  counterexamples.sort((a, b) => a.edits.length - b.edits.length || (a.example < b.example ? -1 : a.example > b.example ? 1 : 0));
  const wilson = { confidence, resamples: 0, seed: 0 };
  const m = spread(edits, confidence);
  const figures: Figures = {
    [`${p}.tested`]: { value: tested },
    [`${p}.not_applicable`]: { value: na },
    [`${p}.errors`]: { value: errors },
    [`${p}.failures`]: { value: failures },
    [`${p}.failure_rate`]: wilsonFigure(failures, tested, wilson),
    [`${p}.attack_success_rate`]: wilsonFigure(broken, right, wilson),
    [`${p}.mean_edits`]: edits.length === 0 ? { value: Number.NaN } : { value: m.mean, ...(Number.isNaN(m.ci_low) ? {} : { ci_low: m.ci_low, ci_high: m.ci_high }) },
  };
  if (worstCase) figures[`${p}.robust_accuracy`] = wilsonFigure(robust, labelled, wilson);
  const note = robustAccuracyNote(run.spec.expect);
  return {
    figures,
    result: {
      name: run.spec.name,
      kind: run.spec.kind,
      description: run.perturbation.description,
      rate: run.spec.strength.rate,
      max_edits: run.spec.strength.maxEdits,
      expect: describeExpectation(run.spec.expect),
      tested,
      not_applicable: na,
      errors,
      failures,
      interrupted,
      counterexamples: counterexamples.slice(0, maxFailures),
      ...(note !== undefined ? { robust_accuracy_note: note } : {}),
    },
  };
}

/**
 * What results.json and the report say of a perturbation's robust_accuracy when it is not the
 * worst case over every tested example: not computed (directional, custom), or over the examples
 * expected to have a fixed label. Undefined for invariance and the expected label.
 */
export function robustAccuracyNote(e: ExpectationSpec): string | undefined {
  if (!mayKeepLabel(e)) return `not computed: the expectation (${describeExpectation(e)}) does not keep the expected label, so an answer on a perturbed text is neither right nor wrong`;
  if (e.kind === 'label' && e.label !== undefined) return `over the examples whose expected label is ${String(e.label)} (the others are expected to change label)`;
  return undefined;
}

