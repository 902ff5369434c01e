import type { Label } from '../metrics/types.js';
import type { ComparisonFigure, CrossValidationDetail } from '../contract/results.js';
import { RandomState } from '../cv/randomState.js';
import { seedFrom } from '../cv/seedFrom.js';
import { pairedBootstrapCells, type PairedBootstrapResult } from '../stats/pairedBootstrap.js';
import { splitPairedCells } from '../stats/pairedCells.js';
import { correctedTTest } from '../stats/correctedTTest.js';
import { lowerIsBetter } from '../suite/comparableFigure.js';
import { parseFigurePath } from '../suite/parseGate.js';
import { confusionFigure, MatrixView, type ConfusionFigureContext } from './confusionFigure.js';

/** An interval of candidate − baseline at a confidence level other than the comparison's. */
export type IntervalAt = (figure: string, confidence: number) => { low: number; high: number } | undefined;

const rootOf = (name: string) => {
  const p = parseFigurePath(name);
  return p.ok ? p.path : [name];
};

/**
 * Paired-bootstrap differences of confusion-matrix figures from the joint (label, baseline
 * prediction, candidate prediction) cells: one set of resamples (seeded from `seed`) for every
 * figure and every level asked for, so the levels differ only in their percentiles.
 * Cost O(levels·B·(K³ + m·K²)).
 */
export function bootstrapFigures(
  joint: Float64Array,
  names: readonly string[],
  ctx: ConfusionFigureContext,
  o: { seed: number; resamples: number; confidence: number; levels: readonly number[] },
): { figures: ComparisonFigure[]; intervalAt: IntervalAt } {
  const k = ctx.matrixLabels.length;
  const fns = names.map((n) => confusionFigure(rootOf(n), ctx)!);
  const a = new Float64Array(k * k);
  const b = new Float64Array(k * k);
  const va = new MatrixView(ctx.matrixLabels);
  const vb = new MatrixView(ctx.matrixLabels);
  splitPairedCells(joint, k, a, b);
  va.set(a);
  vb.set(b);
  const observed = fns.map((f) => [f(va), f(vb)]);
  const run = (confidence: number): PairedBootstrapResult[] =>
    pairedBootstrapCells(joint, names.length, (cells, out) => {
      splitPairedCells(cells, k, a, b);
      va.set(a);
      vb.set(b);
      for (let j = 0; j < fns.length; j++) out[j] = fns[j](vb) - fns[j](va);
    }, { resamples: o.resamples, confidence, rng: new RandomState(seedFrom(o.seed, 'compare', 'cells')) });
  const main = run(o.confidence);
  const others = new Map<number, PairedBootstrapResult[]>();
  for (const level of o.levels) if (level !== o.confidence && !others.has(level)) others.set(level, run(level));
  const figures = names.map((figure, j): ComparisonFigure => {
    const r = main[j];
    const higher = !lowerIsBetter(figure);
    return {
      figure, baseline: observed[j][0], candidate: observed[j][1], delta: r.estimate, ci_low: r.low, ci_high: r.high, confidence: o.confidence,
      higher_is_better: higher, p_worse: higher ? r.pNotLess : r.pNotGreater, p_better: higher ? r.pNotGreater : r.pNotLess,
      test: 'paired-bootstrap-cells', resamples: r.resamples, undefined_resamples: r.undefinedResamples,
    };
  });
  const intervalAt: IntervalAt = (figure, confidence) => {
    const j = names.indexOf(figure);
    if (j < 0) return undefined;
    const r = confidence === o.confidence ? main[j] : others.get(confidence)?.[j];
    return r ? { low: r.low, high: r.high } : undefined;
  };
  return { figures, intervalAt };
}

/**
 * Corrected resampled t-tests (Nadeau & Bengio) of every figure both runs cross-validated, on the
 * per-fold differences; the runs must share their splits (the caller checks). Figures are named
 * `cross-validation.FIGURE.mean`.
 */
export function crossValidationFigures(base: CrossValidationDetail, cand: CrossValidationDetail, confidence: number): { figures: ComparisonFigure[]; intervalAt: IntervalAt } {
  const names = Object.keys(cand.per_fold[0]?.figures ?? {}).filter((n) => n in (base.per_fold[0]?.figures ?? {}));
  const nTrain = cand.per_fold.reduce((t, f) => t + f.train, 0) / cand.per_fold.length;
  const nTest = cand.per_fold.reduce((t, f) => t + f.test, 0) / cand.per_fold.length;
  const diffs = (name: string) => cand.per_fold.map((f, i) => (f.figures[name] ?? NaN) - (base.per_fold[i].figures[name] ?? NaN));
  const mean = (xs: number[]) => { const d = xs.filter((x) => !Number.isNaN(x)); return d.reduce((s, x) => s + x, 0) / d.length; };
  const figures: ComparisonFigure[] = [];
  for (const name of names) {
    const d = diffs(name);
    if (d.filter((x) => !Number.isNaN(x)).length < 2) continue;
    const t = correctedTTest(d, nTrain, nTest, confidence);
    const higher = !lowerIsBetter(name);
    figures.push({
      figure: `cross-validation.${name}.mean`,
      baseline: mean(base.per_fold.map((f) => f.figures[name] ?? NaN)), candidate: mean(cand.per_fold.map((f) => f.figures[name] ?? NaN)),
      delta: t.estimate, ci_low: t.low, ci_high: t.high, confidence, higher_is_better: higher,
      p_worse: higher ? t.pLess : t.pGreater, p_better: higher ? t.pGreater : t.pLess,
      test: 'corrected-resampled-t', statistic: t.statistic, df: t.df,
    });
  }
  const intervalAt: IntervalAt = (figure, level) => {
    const m = /^cross-validation\.(.+)\.mean$/.exec(figure);
    if (!m || !names.includes(m[1])) return undefined;
    const t = correctedTTest(diffs(m[1]), nTrain, nTest, level);
    return { low: t.low, high: t.high };
  };
  return { figures, intervalAt };
}

/** Label codes of a run's matrix labels, keyed by their JSON text (so 1 and "1" stay apart). */
export function labelCodes(labels: readonly Label[]): Map<string, number> {
  return new Map(labels.map((l, i) => [JSON.stringify(l), i]));
}
