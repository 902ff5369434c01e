import { RandomState } from '../cv/randomState.js';
import { seedFrom } from '../cv/seedFrom.js';
import type { Example } from '../data/example.js';
import type { Label } from '../metrics/types.js';
import type { Model } from '../models/model.js';
import { expandTemplate } from '../perturb/expandTemplate.js';
import type { Figures, PerturbationResult, TemplatesDetail } from '../contract/results.js';
import { sameLabel } from '../perturb/expectation.js';
import type { TemplatesCheck, TemplateTest } from '../suite/types.js';
import { predictExamples } from './predictExamples.js';
import type { Progress } from './progress.js';
import { recordOf } from './recordOf.js';
import type { RecordWriter } from './recordWriter.js';
import { OutcomeTerms } from './outcomeTerms.js';
import { perturbationFigures } from './robustnessFigures.js';
import { wilsonFigure } from './figureIntervals.js';
import { searchPerturbations } from './searchPerturbations.js';

const CONFIDENCE = 0.95;
const WILSON = { confidence: CONFIDENCE, resamples: 0, seed: 0 };

/**
 * A template test's cases: its templates expanded over its lexicon (every combination, or `sample`
 * per template drawn with a seed derived from the suite's), with ids `TEST/INDEX`.
 */
export function templateCases(test: TemplateTest, seed: number): Example[] {
  const texts = test.templates.flatMap((tpl, k) =>
    expandTemplate(tpl, test.lexicon, test.sample === undefined ? {} : { sample: test.sample, rng: new RandomState(seedFrom(seed, 'templates', test.name, k)) }),
  );
  return texts.map((text, i) => ({ id: `${test.name}/${i}`, line: 0, input: text, ...(test.label !== undefined ? { label: test.label } : {}) }));
}

/**
 * The templates check: expands each test's templates over its lexicon (every combination, or
 * `sample` per template drawn with a seed derived from the suite's), asks the model about every
 * case, fails a case whose label is not the test's `label` (minimum functionality) or that one of
 * the test's perturbations breaks (searched as the robustness check searches). Figures
 * `templates.NAME.{cases,tested,not_applicable,errors,failures,failure_rate}`, per perturbation
 * of a test the robustness figures `templates.NAME.PERTURBATION.X` (see perturbationFigures), and
 * overall `templates.{cases,failures,failure_rate}`. Journals an outcome record per case (check
 * `templates`, variant NAME) and per case and perturbation (check `templates/NAME`, variant
 * PERTURBATION) with its terms.
 */
export async function runTemplates(
  check: TemplatesCheck,
  ctx: { model: Model; seed: number; batchSize: number; window?: number; journal: RecordWriter; progress: (label: string, total: number) => Progress; posLabel?: Label; suiteFile: string; only?: (id: string) => boolean },
): Promise<{ figures: Figures; detail: TemplatesDetail; calls: number; errors: number }> {
  const figures: Figures = {};
  const detail: TemplatesDetail = { runs: check.search.runs, seed: ctx.seed, tests: [] };
  let calls = 0, errors = 0, allCases = 0, allFailures = 0;
  const terms = new OutcomeTerms();
  for (const test of check.tests) {
    const cases = templateCases(test, ctx.seed).filter((c) => ctx.only?.(c.id) ?? true);
    const progress = ctx.progress(`templates ${test.name}`, cases.length);
    const answers = await predictExamples(ctx.model, cases, {
      progress,
      ...(ctx.window !== undefined ? { window: ctx.window } : {}),
      onAnswer: (ex, a) => ctx.journal.add(recordOf(ex, a, 'templates', test.name), a),
      onAnswers: () => ctx.journal.flushIfFull(),
    });
    progress.stop();
    calls += answers.length;
    errors += answers.filter((a) => a.error !== undefined).length;
    const failed = new Map<string, { answer: unknown; reason: string }>();
    const errored = new Set<string>();
    const applicable = new Set<string>();
    cases.forEach((c, i) => {
      const a = answers[i];
      if (a.error !== undefined) errored.add(c.id);
      else if (test.label !== undefined) {
        applicable.add(c.id);
        if (!sameLabel(a.label, test.label)) failed.set(c.id, { answer: a.label ?? null, reason: `predicted ${String(a.label)}, expected ${String(test.label)}` });
      }
    });
    const perturbations: PerturbationResult[] = [];
    const perturbationFigs: Figures = {};
    if (test.perturbations.length > 0) {
      const items = cases.map((c, i) => ({ id: c.id, text: c.input as string, before: answers[i], ...(test.label !== undefined ? { expected: test.label } : {}) }));
      const sp = ctx.progress(`templates ${test.name} perturbations`, items.length * test.perturbations.length);
      const r = await searchPerturbations(items, test.perturbations, { ...ctx, check: `templates/${test.name}`, settings: check.search, progress: sp });
      sp.stop();
      calls += r.calls;
      errors += r.errors;
      for (const run of r.runs) {
        const f = perturbationFigures(run, `templates.${test.name}`, CONFIDENCE, check.search.maxFailures, { terms, check: `templates/${test.name}` });
        Object.assign(perturbationFigs, f.figures);
        perturbations.push(f.result);
        for (const { item, outcome } of run.outcomes) {
          if (outcome.status === 'error') errored.add(item.id);
          if (outcome.status === 'pass' || outcome.status === 'fail') applicable.add(item.id);
          if (outcome.status === 'fail' && !failed.has(item.id)) failed.set(item.id, { answer: outcome.verdict.answer ?? null, reason: `${run.spec.name}: ${outcome.verdict.reason} on "${outcome.perturbed}"` });
        }
      }
    }
    const tested = [...applicable].filter((id) => !errored.has(id)).length;
    const failures = [...failed.keys()].filter((id) => !errored.has(id)).length;
    const p = `templates.${test.name}`;
    for (const c of cases) {
      if (errored.has(c.id)) terms.status('templates', test.name, c.id, 'error');
      else if (!applicable.has(c.id)) terms.status('templates', test.name, c.id, 'not-applicable');
      else for (const name of [`${p}.failure_rate`, 'templates.failure_rate']) terms.add('templates', test.name, c.id, name, [failed.has(c.id) ? 1 : 0, 1]);
    }
    figures[`${p}.cases`] = { value: cases.length };
    figures[`${p}.tested`] = { value: tested };
    figures[`${p}.not_applicable`] = { value: cases.length - tested - errored.size };
    figures[`${p}.errors`] = { value: errored.size };
    figures[`${p}.failures`] = { value: failures };
    figures[`${p}.failure_rate`] = wilsonFigure(failures, tested, WILSON);
    Object.assign(figures, perturbationFigs);
    allCases += tested;
    allFailures += failures;
    detail.tests.push({
      name: test.name,
      templates: test.templates,
      ...(test.label !== undefined ? { label: test.label } : {}),
      cases: cases.length,
      failures,
      failed_cases: cases.filter((c) => failed.has(c.id) && !errored.has(c.id)).slice(0, check.search.maxFailures).map((c) => ({ id: c.id, text: c.input as string, ...failed.get(c.id)! })),
      perturbations,
    });
  }
  await terms.writeTo(ctx.journal);
  figures['templates.cases'] = { value: allCases };
  figures['templates.failures'] = { value: allFailures };
  figures['templates.failure_rate'] = wilsonFigure(allFailures, allCases, WILSON);
  return { figures, detail, calls, errors };
}
