import type { Example } from '../data/example.js';
import { seedFrom } from '../cv/seedFrom.js';
import { keepsLabel, mayKeepLabel, sameLabel } from '../perturb/expectation.js';
import type { Label } from '../metrics/types.js';
import type { Model, Prediction } from '../models/model.js';
import type { Figures, RobustnessDetail } from '../contract/results.js';
import type { RobustnessCheck } from '../suite/types.js';
import { OutcomeTerms } from './outcomeTerms.js';
import { perturbationFigures } from './robustnessFigures.js';
import { wilsonFigure } from './figureIntervals.js';
import type { Progress } from './progress.js';
import type { RecordWriter } from './recordWriter.js';
import { searchPerturbations, type SearchItem } from './searchPerturbations.js';

const CONFIDENCE = 0.95;
const WILSON = { confidence: CONFIDENCE, resamples: 0, seed: 0 };

/**
 * The robustness check: searches `check.examples` of the scored rows (a seeded sample, in data
 * order; default all) for each perturbation's minimal failing edit, given the model's answers on
 * the rows. Inputs that are not strings are not applicable. Journals one outcome record per example
 * and perturbation (variant NAME) and per example (variant null, the overall figures) with the
 * terms of its figures, so comparisons recompute them from records. Returns the figures
 * (`robustness.NAME.X` and the overall `robustness.tested`, `.failure_rate`, `.robust_accuracy`),
 * the results.json detail and the calls made. The overall robust_accuracy is the worst case over
 * the original and the perturbations that keep the expected label ({@link keepsLabel}), among the
 * labelled examples at least one of them tested; with no perturbation that can keep it (only
 * directional or custom tests) it is not computed.
 */
export async function runRobustness(
  check: RobustnessCheck,
  rows: readonly Example[],
  answers: readonly Prediction[],
  ctx: { model: Model; seed: number; batchSize: number; journal: RecordWriter; progress: (label: string, total: number) => Progress; posLabel?: Label; suiteFile: string; only?: (id: string) => boolean },
): Promise<{ figures: Figures; detail: RobustnessDetail; calls: number; errors: number }> {
  let picked = rows.map((_, i) => i);
  if (check.examples !== undefined && check.examples < rows.length) {
    const keys = rows.map((r) => seedFrom(ctx.seed, 'robustness-sample', r.id));
    picked = picked.sort((a, b) => keys[a] - keys[b] || a - b).slice(0, check.examples).sort((a, b) => a - b);
  }
  if (ctx.only) picked = picked.filter((i) => ctx.only!(rows[i].id));
  const items: SearchItem[] = picked.map((i) => ({
    id: rows[i].id,
    text: typeof rows[i].input === 'string' ? (rows[i].input as string) : '',
    before: answers[i],
    ...(rows[i].label !== undefined ? { expected: rows[i].label as Label | Label[] } : {}),
  }));
  const progress = ctx.progress('robustness', items.length * check.perturbations.length);
  const { runs, calls, errors } = await searchPerturbations(items, check.perturbations, { ...ctx, check: 'robustness', settings: check.search, progress });
  progress.stop();
  const figures: Figures = {};
  const detail: RobustnessDetail = { runs: check.search.runs, examples: items.length, seed: ctx.seed, perturbations: [] };
  const testedBy = new Set<string>();
  const failedBy = new Set<string>();
  const worstCaseBy = new Set<string>();
  const fragile = new Set<string>();
  const terms = new OutcomeTerms();
  for (const run of runs) {
    const r = perturbationFigures(run, 'robustness', CONFIDENCE, check.search.maxFailures, { terms, check: 'robustness' });
    Object.assign(figures, r.figures);
    detail.perturbations.push(r.result);
    for (const { item, outcome } of run.outcomes) {
      if (outcome.status !== 'pass' && outcome.status !== 'fail') continue;
      testedBy.add(item.id);
      if (outcome.status === 'fail') failedBy.add(item.id);
      if (!keepsLabel(run.spec.expect, item.expected)) continue;
      worstCaseBy.add(item.id);
      if (outcome.worstCorrect === false) fragile.add(item.id);
    }
  }
  const worstCase = check.perturbations.some((p) => mayKeepLabel(p.expect));
  let robust = 0;
  for (const it of items) {
    if (!testedBy.has(it.id)) continue;
    terms.add('robustness', null, it.id, 'robustness.failure_rate', [failedBy.has(it.id) ? 1 : 0, 1]);
    const counted = worstCaseBy.has(it.id);
    const isRobust = counted && sameLabel(it.before.label, it.expected) && !fragile.has(it.id);
    if (isRobust) robust++;
    if (worstCase) terms.add('robustness', null, it.id, 'robustness.robust_accuracy', [isRobust ? 1 : 0, counted ? 1 : 0]);
  }
  await terms.writeTo(ctx.journal);
  figures['robustness.tested'] = { value: testedBy.size };
  figures['robustness.failure_rate'] = wilsonFigure(failedBy.size, testedBy.size, WILSON);
  if (worstCase) figures['robustness.robust_accuracy'] = wilsonFigure(robust, worstCaseBy.size, WILSON);
  return { figures, detail, calls, errors };
}
