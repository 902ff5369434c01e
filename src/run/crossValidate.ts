import type { Example } from '../data/example.js';
import type { Model, TrainingExample } from '../models/model.js';
import type { Label } from '../metrics/types.js';
import type { CrossValidationCheck, DataSpec, MetricsCheck } from '../suite/types.js';
import type { CrossValidationDetail, Figures } from '../contract/results.js';
export type { CrossValidationDetail } from '../contract/results.js';
import { kFold } from '../cv/kFold.js';
import { stratifiedKFold } from '../cv/stratifiedKFold.js';
import { groupKFold } from '../cv/groupKFold.js';
import { stratifiedGroupKFold } from '../cv/stratifiedGroupKFold.js';
import { repeatedKFold, repeatedStratifiedKFold } from '../cv/repeated.js';
import type { SplitResult } from '../cv/splitTypes.js';
import { spread } from '../stats/tInterval.js';
import { clipToRange, figureRange } from '../metrics/figureRange.js';
import { METRICS_CHECK_DEFAULTS } from '../metrics/metricTable.js';
import { InvalidInputError } from '../problem.js';
import { formatFigurePath } from '../suite/parseGate.js';
import { predictExamples } from './predictExamples.js';
import { scorePredictions } from './scorePredictions.js';
import type { RecordWriter } from './recordWriter.js';
import { recordOf } from './recordOf.js';
import type { Progress } from './progress.js';


/**
 * k-fold cross-validation of a trainable model, with scikit-learn's splitters (identical folds):
 * for each split, fit on the training part, predict the test part (records journaled as
 * `cross-validation` / `fold-K`), compute the metrics; then each figure's mean, standard deviation,
 * min, max and t-interval across the splits (`cross-validation.f1.macro.mean`, `.std`, ...).
 */
export async function crossValidate(
  model: Model,
  examples: readonly Example[],
  check: CrossValidationCheck,
  data: DataSpec,
  ctx: { suiteFile: string; seed: number; journal: RecordWriter; progress?: Progress; window?: number; only?: (id: string) => boolean },
): Promise<{ figures: Figures; detail: CrossValidationDetail; errors: number; calls: number }> {
  if (!model.fit) throw new InvalidInputError([{ code: 'not-trainable', file: ctx.suiteFile, path: ['model'], message: `${model.identity.name} cannot be trained, so it cannot be cross-validated` }]);
  const y = examples.map((e) => e.label as Label);
  if (y.some((l) => Array.isArray(l))) throw new InvalidInputError([{ code: 'unsupported-data', file: data.displayPath, path: [data.fields.label ?? 'label'], message: 'cross-validation of multi-label data is not supported' }]);
  const stratify = check.stratify ?? true;
  const seed = check.shuffle ? ctx.seed : undefined;
  const opts = { folds: check.folds, ...(check.shuffle ? { shuffle: true, seed } : {}) };
  let split: SplitResult;
  let splitter: string;
  try {
    if (check.group) {
      const groups = examples.map((e, i) => {
        if (e.group === undefined) throw new InvalidInputError([{ code: 'bad-row', file: data.displayPath, line: e.line, path: [data.fields.group ?? 'group'], message: 'missing group' }]);
        return e.group ?? i;
      });
      splitter = stratify ? 'StratifiedGroupKFold' : 'GroupKFold';
      split = stratify ? stratifiedGroupKFold(y, groups, opts) : groupKFold(groups, opts);
    } else if (check.repeats > 1) {
      splitter = stratify ? 'RepeatedStratifiedKFold' : 'RepeatedKFold';
      const ro = { folds: check.folds, repeats: check.repeats, seed: ctx.seed };
      split = stratify ? repeatedStratifiedKFold(y, ro) : repeatedKFold(examples.length, ro);
    } else {
      splitter = stratify ? 'StratifiedKFold' : 'KFold';
      split = stratify ? stratifiedKFold(y, opts) : kFold(examples.length, opts);
    }
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    throw new InvalidInputError([{ code: 'bad-folds', file: ctx.suiteFile, path: ['checks', 'cross-validation', 'folds'], message: `${(e as Error).message} (${data.displayPath} has ${examples.length} rows)` }]);
  }
  const { zeroDivision, beta, topK, bins } = METRICS_CHECK_DEFAULTS;
  const metrics: MetricsCheck = { kind: 'metrics', include: check.include, zeroDivision, beta, topK, bins, confidence: check.confidence, bootstrap: 0, ...(check.average ? { average: check.average } : {}) };
  const perFold: CrossValidationDetail['per_fold'] = [];
  const warnings = split.warnings.map((w) => w.message);
  let errors = 0;
  let calls = 0;
  let target: 'binary' | 'multiclass' | 'multilabel' = 'multiclass';
  const perSplit = check.folds;
  for (let s = 0; s < split.folds.length; s++) {
    const { train, test } = split.folds[s];
    const name = check.repeats > 1 ? `repeat-${Math.floor(s / perSplit) + 1}-fold-${(s % perSplit) + 1}` : `fold-${s + 1}`;
    const trainSet: TrainingExample[] = Array.from(train, (i) => ({ input: examples[i].input, label: y[i] }));
    const fitted = await model.fit(trainSet);
    const testExamples = Array.from(test, (i) => examples[i]).filter((e) => ctx.only?.(e.id) ?? true);
    const answers = await predictExamples(fitted, testExamples, {
      ...(ctx.progress ? { progress: ctx.progress } : {}),
      window: ctx.window,
      onAnswer: (ex, a) => ctx.journal.add(recordOf(ex, a, 'cross-validation', name), a),
    });
    await fitted.close?.();
    await ctx.journal.flushIfFull();
    const failed = answers.filter((a) => a.error !== undefined).length;
    errors += failed;
    calls += answers.length;
    if (ctx.only) continue; // a shard only journals its part of each fold; the merge scores it
    const r = scorePredictions(testExamples, answers, metrics, data, { suiteFile: ctx.suiteFile, seed: ctx.seed, ...(fitted.classes ? { classes: fitted.classes } : {}) });
    target = r.detail.target;
    const values: Record<string, number> = {};
    for (const [k, f] of Object.entries(r.figures)) if (k !== 'n' && !k.startsWith('support.')) values[k] = f.value;
    perFold.push({ fold: name, train: train.length, test: test.length, errors: failed, figures: values });
    for (const w of r.detail.warnings) if (!warnings.includes(w)) warnings.push(w);
  }
  const figures: Figures = {};
  const names = [...new Set(perFold.flatMap((f) => Object.keys(f.figures)))];
  for (const name of names) {
    const sp = spread(perFold.map((f) => f.figures[name] ?? NaN), check.confidence);
    // The t-interval of the mean ignores the figure's bounds: clip it to them (an F1 never exceeds 1).
    [sp.ci_low, sp.ci_high] = clipToRange(sp.ci_low, sp.ci_high, figureRange(name, target));
    for (const stat of ['mean', 'std', 'min', 'max', 'ci_low', 'ci_high'] as const) {
      figures[`${formatFigurePath(['cross-validation'])}.${name}.${stat}`] = { value: sp[stat] };
    }
  }
  return {
    figures,
    detail: { splitter, folds: check.folds, repeats: check.repeats, shuffle: check.shuffle, seed: ctx.seed, confidence: check.confidence, per_fold: perFold, warnings },
    errors,
    calls,
  };
}
