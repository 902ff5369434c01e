import type { ConfusionMatrix } from '../metrics/confusionMatrix.js';
import { precisionRecallFscoreSupportFromMatrix, type Prfs, type PrfsAveraged, type PrfsMatrixOptions } from '../metrics/precisionRecallFscoreSupport.js';
import { matthewsOfDense } from '../metrics/matthewsCorrcoef.js';
import { kappaOfDense } from '../metrics/cohenKappa.js';
import { balancedAccuracyOfDense } from '../metrics/balancedAccuracy.js';
import type { Label, MetricWarning, ZeroDivision } from '../metrics/types.js';
import type { MetricName } from '../suite/types.js';
import { formatFigurePath } from '../suite/parseGate.js';
import type { Figure, Figures } from '../contract/results.js';
import { wilsonFigure, type IntervalSettings } from './figureIntervals.js';
import { bootstrapCellsMany } from '../stats/bootstrap.js';
import { RandomState } from '../cv/randomState.js';
import { seedFrom } from '../cv/seedFrom.js';

/** PRFS of the current resampled matrix for one set of options, computed once per resample. */
type PrfsOf = (opts: PrfsMatrixOptions) => Prfs;

/** Settings of the label-based figures of a single-label (binary or multiclass) target. */
export interface LabelFigureSettings extends IntervalSettings {
  include: readonly MetricName[];
  /** Labels reported and averaged over (scikit-learn's `labels`). */
  labels: readonly Label[];
  /** Binary targets: the positive label (adds the `binary` average). */
  posLabel?: Label;
  /** The average the bare prf names stand for. */
  average: 'binary' | 'micro' | 'macro' | 'weighted';
  zeroDivision: ZeroDivision;
  beta: number;
}

const PRF = [
  ['precision', 'precision'],
  ['recall', 'recall'],
  ['f1', 'fscore'],
  ['fbeta', 'fscore'],
] as const;

/**
 * The figures computed from a confusion matrix `cm` (over all labels present and requested):
 * n, support, accuracy, precision/recall/f1/fbeta per label and averaged, balanced accuracy, MCC,
 * kappa and hamming loss, each with its interval: Wilson for proportions (accuracy, a label's
 * precision and recall, micro precision/recall, hamming loss), a multinomial cell bootstrap for the
 * rest. Cost: O(K²·B) per bootstrapped figure.
 */
export function labelFigures(cm: ConfusionMatrix, s: LabelFigureSettings, warnings: MetricWarning[]): Figures {
  const k = cm.labels.length;
  const cells = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) cells[i * k + j] = cm.matrix[i][j];
  let n = 0;
  let trace = 0;
  for (let i = 0; i < k; i++) {
    trace += cells[i * k + i];
    for (let j = 0; j < k; j++) n += cells[i * k + j];
  }
  const asMatrix = (c: Float64Array): ConfusionMatrix => ({
    labels: cm.labels,
    matrix: Array.from({ length: k }, (_, i) => Array.from(c.subarray(i * k, i * k + k))),
  });
  const has = (m: MetricName) => s.include.includes(m);
  const figures: Figures = { n: { value: n } };
  // Figures with a bootstrap interval: all read off one set of resampled matrices (below).
  const pending: { name: string; value: number; stat: (c: Float64Array, prfs: PrfsOf) => number }[] = [];
  const bootstrapLater = (name: string, value: number, stat: (c: Float64Array, prfs: PrfsOf) => number): Figure => {
    pending.push({ name, value, stat });
    return { value };
  };
  const labelIndex = new Map(cm.labels.map((l, i) => [l, i]));
  const colSum = (j: number) => {
    let t = 0;
    for (let i = 0; i < k; i++) t += cells[i * k + j];
    return t;
  };
  const rowSum = (i: number) => {
    let t = 0;
    for (let j = 0; j < k; j++) t += cells[i * k + j];
    return t;
  };
  for (const l of s.labels) figures[formatFigurePath(['support', String(l)])] = { value: rowSum(labelIndex.get(l) ?? -1) };

  if (has('accuracy')) figures.accuracy = wilsonFigure(trace, n, s);

  const prfOpts = { labels: s.labels, zeroDivision: s.zeroDivision, beta: s.beta };
  const quiet = { ...prfOpts, zeroDivision: s.zeroDivision === 'warn' ? (0 as const) : s.zeroDivision };
  // beta 1: the per-label F1 (fbeta's own per-label values are computed with s.beta below).
  const perLabel = precisionRecallFscoreSupportFromMatrix(cm, { ...prfOpts, beta: 1, average: null });
  warnings.push(...perLabel.warnings);
  const averages: ('micro' | 'macro' | 'weighted' | 'binary')[] = ['micro', 'macro', 'weighted', ...(s.posLabel !== undefined ? (['binary'] as const) : [])];
  for (const [metric, key] of PRF) {
    if (!has(metric)) continue;
    const beta = metric === 'fbeta' ? s.beta : 1;
    s.labels.forEach((label, li) => {
      const name = formatFigurePath([metric, String(label)]);
      const idx = labelIndex.get(label) ?? -1;
      const tp = idx >= 0 ? cells[idx * k + idx] : 0;
      if (metric === 'precision') figures[name] = { ...wilsonFigure(tp, idx >= 0 ? colSum(idx) : 0, s), value: perLabel.precision[li] };
      else if (metric === 'recall') figures[name] = { ...wilsonFigure(tp, idx >= 0 ? rowSum(idx) : 0, s), value: perLabel.recall[li] };
      else {
        const value = beta === 1 ? perLabel.fscore[li] : precisionRecallFscoreSupportFromMatrix(cm, { ...quiet, beta, average: null }).fscore[li];
        const q: PrfsMatrixOptions = { ...quiet, beta, average: null };
        figures[name] = bootstrapLater(name, value, (_c, prfs) => (prfs(q).fscore as number[])[li]);
      }
    });
    for (const average of averages) {
      const name = `${metric}.${average}`;
      const opts: PrfsMatrixOptions = { ...prfOpts, beta, average, ...(average === 'binary' ? { posLabel: s.posLabel, labels: null } : {}) };
      const r = precisionRecallFscoreSupportFromMatrix(cm, opts) as PrfsAveraged;
      if (metric === 'precision') warnings.push(...r.warnings);
      const value = r[key];
      if (average === 'binary' && metric !== 'f1' && metric !== 'fbeta') {
        const pos = labelIndex.get(s.posLabel as Label) ?? -1;
        const tp = pos >= 0 ? cells[pos * k + pos] : 0;
        const denom = metric === 'precision' ? colSum(pos) : rowSum(pos);
        figures[name] = { ...wilsonFigure(tp, pos >= 0 ? denom : 0, s), value };
      } else if (average === 'micro' && metric !== 'f1' && metric !== 'fbeta') {
        let tp = 0;
        let denom = 0;
        for (const l of s.labels) {
          const i = labelIndex.get(l) ?? -1;
          if (i < 0) continue;
          tp += cells[i * k + i];
          denom += metric === 'precision' ? colSum(i) : rowSum(i);
        }
        figures[name] = { ...wilsonFigure(tp, denom, s), value };
      } else {
        const q: PrfsMatrixOptions = { ...opts, zeroDivision: quiet.zeroDivision };
        figures[name] = bootstrapLater(name, value, (_c, prfs) => (prfs(q) as PrfsAveraged)[key]);
      }
    }
    figures[metric] = { ...figures[`${metric}.${s.average}`], average: s.average };
  }

  if (has('balanced_accuracy')) {
    const bw: MetricWarning[] = [];
    const v = balancedAccuracyOfDense(k, cells, { warnings: bw });
    warnings.push(...bw);
    figures.balanced_accuracy = bootstrapLater('balanced_accuracy', v, (c) => balancedAccuracyOfDense(k, c, {}));
    const va = balancedAccuracyOfDense(k, cells, { adjusted: true });
    figures['balanced_accuracy.adjusted'] = bootstrapLater('balanced_accuracy.adjusted', va, (c) => balancedAccuracyOfDense(k, c, { adjusted: true }));
  }
  if (has('mcc')) figures.mcc = bootstrapLater('mcc', matthewsOfDense(k, cells), (c) => matthewsOfDense(k, c));
  if (has('kappa')) {
    for (const w of [null, 'linear', 'quadratic'] as const) {
      const name = w === null ? 'kappa' : `kappa.${w}`;
      const kw: MetricWarning[] = [];
      const v = kappaOfDense(k, cells, { weights: w, warnings: kw });
      warnings.push(...kw);
      figures[name] = bootstrapLater(name, v, (c) => kappaOfDense(k, c, { weights: w }));
    }
  }
  if (has('hamming_loss')) figures.hamming_loss = wilsonFigure(n - trace, n, s);

  const defined = pending.filter((p) => !Number.isNaN(p.value));
  if (s.resamples > 0 && defined.length > 0) {
    let memo = new Map<string, Prfs>();
    let matrix: ConfusionMatrix | undefined;
    const keys = new WeakMap<PrfsMatrixOptions, string>();
    const prfs: PrfsOf = (o) => {
      let key = keys.get(o);
      if (key === undefined) keys.set(o, (key = JSON.stringify(o)));
      let r = memo.get(key);
      if (!r) memo.set(key, (r = precisionRecallFscoreSupportFromMatrix(matrix!, o)));
      return r;
    };
    const rng = new RandomState(seedFrom(s.seed, 'cells', 'metrics'));
    const r = bootstrapCellsMany(cells, defined.length, (c, out) => {
      memo = new Map();
      matrix = asMatrix(c);
      defined.forEach((p, j) => (out[j] = p.stat(c, prfs)));
    }, { resamples: s.resamples, confidence: s.confidence, rng });
    defined.forEach((p, j) => {
      figures[p.name] = { ...figures[p.name], ci_low: r[j].low, ci_high: r[j].high, interval: 'bootstrap' };
    });
    // bare names (f1 → f1.macro) were copied before their intervals existed
    for (const [metric] of PRF) if (figures[metric]) figures[metric] = { ...figures[`${metric}.${s.average}`], average: s.average };
  }
  return figures;
}
