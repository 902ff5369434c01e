import { wilsonFigure } from './figureIntervals.js';
import { spread } from '../stats/tInterval.js';
import { elideDiff, textDiff } from '../perturb/textDiff.js';
import { sameLabel } from '../perturb/expectation.js';
import type { CounterexampleResult, Figure, Figures, PerturbationResult } from '../report/results.js';
import type { ExpectationSpec } from '../suite/types.js';
import type { OutcomeTerms } from './outcomeTerms.js';
import type { PerturbationRun } from './searchPerturbations.js';

/** How an expectation reads in results.json and the report. */
export function describeExpectation(e: ExpectationSpec): string {
  switch (e.kind) {
    case 'invariant': return e.tolerance === undefined ? 'invariant' : `invariant (probability within ${e.tolerance})`;
    case 'label': return e.label === undefined ? 'expected label' : `label ${String(e.label)}`;
    case 'directional': return `probability of ${e.label === undefined ? 'the expected label' : String(e.label)} ${e.direction === 'up' ? 'rises' : 'falls'}${e.minChange > 0 ? ` by more than ${e.minChange}` : ''}`;
    case 'custom': return `custom ${e.path}`;
  }
}

/**
 * The figures of one perturbation's search (`PREFIX.NAME.X`: tested, not_applicable, errors,
 * failures, failure_rate, attack_success_rate among examples the model got right, mean_edits of the
 * minimal counterexamples with a t-interval, robust_accuracy = right on the original and on every
 * perturbed text tried) and its results.json entry, keeping `maxFailures` counterexamples. With
 * `out`, each example's terms of those figures go to `out.terms` as unit (out.check, NAME, id).
 */
export function perturbationFigures(run: PerturbationRun, prefix: string, confidence: number, maxFailures: number, out?: { terms: OutcomeTerms; check: string }): { figures: Figures; result: PerturbationResult } {
  const p = `${prefix}.${run.spec.name}`;
  let tested = 0, na = 0, errors = 0, failures = 0, interrupted = 0;
  let right = 0, broken = 0, labelled = 0, robust = 0;
  const edits: number[] = [];
  const kept: CounterexampleResult[] = [];
  const term = (id: string, name: string, t: number[]) => out?.terms.add(out.check, run.spec.name, id, `${p}.${name}`, t);
  for (const { item, outcome } of run.outcomes) {
    if (outcome.status === 'not-applicable' || outcome.status === 'error') {
      if (outcome.status === 'error') errors++;
      else na++;
      out?.terms.status(out.check, run.spec.name, item.id, outcome.status, outcome.status === 'error' ? outcome.error : undefined);
      continue;
    }
    tested++;
    const correct = item.expected === undefined ? undefined : sameLabel(item.before.label, item.expected);
    const isRobust = correct === true && outcome.worstCorrect !== false;
    if (correct !== undefined) {
      labelled++;
      if (isRobust) robust++;
    }
    if (correct) right++;
    const failed = outcome.status === 'fail';
    term(item.id, 'failure_rate', [failed ? 1 : 0, 1]);
    term(item.id, 'attack_success_rate', [failed && correct ? 1 : 0, correct ? 1 : 0]);
    term(item.id, 'robust_accuracy', [isRobust ? 1 : 0, correct === undefined ? 0 : 1]);
    term(item.id, 'mean_edits', failed ? [outcome.edits.length, 1] : [0, 0]);
    if (outcome.status === 'pass') { if (outcome.interrupted) interrupted++; continue; }
    failures++;
    if (correct) broken++;
    edits.push(outcome.edits.length);
    kept.push({
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
  kept.sort((a, b) => a.edits.length - b.edits.length || (a.example < b.example ? -1 : a.example > b.example ? 1 : 0));
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
    [`${p}.robust_accuracy`]: wilsonFigure(robust, labelled, wilson),
  };
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
      counterexamples: kept.slice(0, maxFailures),
    },
  };
}
