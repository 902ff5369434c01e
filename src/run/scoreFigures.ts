import { prepareBinaryScores } from '../metrics/scorePrepared.js';
import { rocAucScore } from '../metrics/rocAucScore.js';
import { averagePrecision } from '../metrics/averagePrecision.js';
import { logLoss, LOG_LOSS_EPS } from '../metrics/logLoss.js';
import { brierScore } from '../metrics/brierScore.js';
import { topKAccuracy } from '../metrics/topKAccuracy.js';
import { rocCurve } from '../metrics/rocCurve.js';
import { precisionRecallCurve } from '../metrics/precisionRecallCurve.js';
import type { Label, MetricWarning } from '../metrics/types.js';
import type { MetricName } from '../suite/types.js';
import { formatFigurePath } from '../suite/parseGate.js';
import { twoSidedZ } from '../stats/normalQuantile.js';
import type { Figures } from '../contract/results.js';
import { meanFigure, rowsFigure, wilsonFigure, type IntervalSettings } from './figureIntervals.js';
import { calibrationFigures } from './calibrationFigures.js';
import { sortProbabilityColumns } from '../metrics/sortProbabilityColumns.js';
import type { MetricsDetail } from '../contract/results.js';

/** Scores of a binary target: `score[i]` is the probability that example i is `posLabel`. */
export interface BinaryScoreInput {
  isPos: Uint8Array;
  score: Float64Array;
}

/** The most points a curve keeps in results.json (evenly spaced by index, ends kept). */
export const CURVE_POINTS = 512;

/**
 * Score-based figures of a binary target: ROC AUC (DeLong interval), average precision (row
 * bootstrap), log loss and Brier (normal interval on per-row losses, values as scikit-learn), ECE
 * and MCE (calibration of max(p, 1−p) against the 0.5-threshold decision), plus the ROC,
 * precision-recall and reliability curves.
 */
export function binaryScoreFigures(
  input: BinaryScoreInput,
  include: readonly MetricName[],
  bins: number,
  s: IntervalSettings,
  warnings: MetricWarning[],
): { figures: Figures; curves: NonNullable<MetricsDetail['curves']> } {
  const { isPos, score } = input;
  const n = score.length;
  const y = Array.from(isPos);
  const figures: Figures = {};
  const curves: NonNullable<MetricsDetail['curves']> = {};
  const has = (m: MetricName) => include.includes(m);
  let nPos = 0;
  for (let i = 0; i < n; i++) nPos += isPos[i];
  const bothClasses = nPos > 0 && nPos < n;
  const prepared = prepareBinaryScores(y, score, 1);
  if (has('roc_auc')) {
    if (!bothClasses) {
      warnings.push({ code: 'undefined-metric', message: 'Only one class is present in the labels: ROC AUC is not defined.' });
      figures.roc_auc = { value: NaN };
    } else {
      const { auc, variance } = prepared.rocAucVarianceDeLong();
      const half = twoSidedZ(s.confidence) * Math.sqrt(variance);
      figures.roc_auc = { value: auc, ci_low: Math.max(0, auc - half), ci_high: Math.min(1, auc + half), interval: 'delong' };
    }
    if (bothClasses) curves.roc = thin(rocCurve(y, score, { posLabel: 1 }) as unknown as Record<string, ArrayLike<number>>, ['fpr', 'tpr', 'thresholds']) as typeof curves.roc;
  }
  if (has('average_precision')) {
    const ap = averagePrecision(y, score, { posLabel: 1 });
    warnings.push(...ap.warnings);
    figures.average_precision = rowsFigure('average_precision', ap.value, n, (w) => prepared.averagePrecision(w), s);
    if (nPos > 0) curves.pr = thin(precisionRecallCurve(y, score, { posLabel: 1 }) as unknown as Record<string, ArrayLike<number>>, ['precision', 'recall', 'thresholds']) as typeof curves.pr;
  }
  if (has('log_loss')) {
    const rowLoss = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = Math.min(Math.max(isPos[i] ? score[i] : 1 - score[i], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
      rowLoss[i] = -Math.log(p);
    }
    const r = logLoss(y, score, { labels: [0, 1] });
    warnings.push(...r.warnings);
    figures.log_loss = { ...meanFigure(rowLoss, s), value: r.value };
  }
  if (has('brier')) {
    const rowLoss = new Float64Array(n);
    for (let i = 0; i < n; i++) rowLoss[i] = (isPos[i] - score[i]) ** 2;
    const r = brierScore(y, score, { posLabel: 1 });
    warnings.push(...r.warnings);
    figures.brier = { ...meanFigure(rowLoss, s), value: r.value };
  }
  if (has('ece')) {
    const confidence = new Float64Array(n);
    const correct = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const predPos = score[i] > 0.5;
      confidence[i] = predPos ? score[i] : 1 - score[i];
      correct[i] = (predPos ? 1 : 0) === isPos[i] ? 1 : 0;
    }
    const cal = calibrationFigures(confidence, correct, bins, s);
    Object.assign(figures, cal.figures);
    curves.reliability = cal.bins;
  }
  return { figures, curves };
}

/**
 * Score-based figures of a multiclass target from class-probability rows (columns in `classes`
 * order, any order: they are put into sorted-label order first): ROC AUC one-vs-rest (macro, weighted, per label) and one-vs-one, average precision
 * (macro, micro, weighted, per label), log loss, Brier, top-k accuracy and calibration.
 */
export function multiclassScoreFigures(
  yTrue: readonly Label[],
  columns: number[][],
  columnClasses: readonly Label[],
  include: readonly MetricName[],
  opts: { bins: number; topK: number },
  s: IntervalSettings,
  warnings: MetricWarning[],
): { figures: Figures; curves: NonNullable<MetricsDetail['curves']> } {
  const { classes, probs } = sortProbabilityColumns(columns, columnClasses);
  const n = yTrue.length;
  const figures: Figures = {};
  const has = (m: MetricName) => include.includes(m);
  const labels = { labels: classes };
  const present = new Set(yTrue);
  const column = (j: number) => Float64Array.from(probs, (row) => row[j]);
  const trueIndex = Int32Array.from(yTrue, (t) => classes.indexOf(t));
  // One-vs-rest scorers, sorted once; each bootstrap resample then costs O(n) per class.
  const ovr = classes.map((c, j) => prepareBinaryScores(Array.from(trueIndex, (t) => (t === j ? 1 : 0)), column(j), 1));
  const classWeight = (w: Float64Array | undefined, j: number) => {
    let t = 0;
    for (let i = 0; i < n; i++) if (trueIndex[i] === j) t += w ? w[i] : 1;
    return t;
  };
  const averaged = (metric: (p: (typeof ovr)[number], w?: Float64Array) => number, weighted: boolean) => (w?: Float64Array) => {
    let num = 0;
    let den = 0;
    for (let j = 0; j < ovr.length; j++) {
      const v = metric(ovr[j], w);
      const weight = weighted ? classWeight(w, j) : 1;
      if (weight === 0) continue;
      num += v * weight;
      den += weight;
    }
    return den === 0 ? NaN : num / den;
  };
  const auc = (p: (typeof ovr)[number], w?: Float64Array) => p.rocAuc(w);
  const ap = (p: (typeof ovr)[number], w?: Float64Array) => p.averagePrecision(w);
  if (has('roc_auc')) {
    if (present.size < classes.length) warnings.push({ code: 'undefined-metric', message: `ROC AUC needs every class in the labels; missing: ${classes.filter((c) => !present.has(c)).join(', ')}` });
    const value = (average: 'macro' | 'weighted') => undefinedOnError(`roc_auc.${average}`, () => rocAucScore(yTrue, probs, { ...labels, multiClass: 'ovr', average }).value, warnings);
    figures.roc_auc = rowsFigure('roc_auc', value('macro'), n, averaged(auc, false), s);
    figures['roc_auc.macro'] = { ...figures.roc_auc };
    figures['roc_auc.weighted'] = rowsFigure('roc_auc.weighted', value('weighted'), n, averaged(auc, true), s);
    figures['roc_auc.ovo'] = { value: undefinedOnError('roc_auc.ovo', () => rocAucScore(yTrue, probs, { ...labels, multiClass: 'ovo', average: 'macro' }).value, warnings) };
    classes.forEach((c, j) => {
      const name = formatFigurePath(['roc_auc', String(c)]);
      figures[name] = present.has(c) ? rowsFigure(name, ovr[j].rocAuc(), n, (w) => ovr[j].rocAuc(w), s) : { value: NaN };
    });
  }
  if (has('average_precision')) {
    const value = (average: 'macro' | 'micro' | 'weighted') => undefinedOnError(`average_precision.${average}`, () => averagePrecision(yTrue, probs, { average }).value, warnings);
    figures['average_precision.macro'] = rowsFigure('average_precision.macro', value('macro'), n, averaged(ap, false), s);
    const flatPos = new Uint8Array(n * classes.length);
    const flatScore = new Float64Array(n * classes.length);
    probs.forEach((row, i) => row.forEach((p, j) => {
      flatScore[i * classes.length + j] = p;
      flatPos[i * classes.length + j] = trueIndex[i] === j ? 1 : 0;
    }));
    const micro = prepareBinaryScores(flatPos, flatScore, 1);
    const expanded = new Float64Array(n * classes.length);
    figures['average_precision.micro'] = rowsFigure('average_precision.micro', value('micro'), n, (w) => {
      for (let i = 0; i < n; i++) expanded.fill(w[i], i * classes.length, (i + 1) * classes.length);
      return micro.averagePrecision(expanded);
    }, s);
    figures['average_precision.weighted'] = rowsFigure('average_precision.weighted', value('weighted'), n, averaged(ap, true), s);
    figures.average_precision = { ...figures['average_precision.macro'] };
    classes.forEach((c, j) => {
      const name = formatFigurePath(['average_precision', String(c)]);
      figures[name] = rowsFigure(name, ovr[j].averagePrecision(), n, (w) => ovr[j].averagePrecision(w), s);
    });
  }
  if (has('log_loss')) {
    const r = logLoss(yTrue, probs, labels);
    warnings.push(...r.warnings);
    const rowLoss = Float64Array.from(probs, (row, i) => -Math.log(Math.min(Math.max(row[trueIndex[i]], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS)));
    figures.log_loss = { ...meanFigure(rowLoss, s), value: r.value };
  }
  if (has('brier')) {
    const r = brierScore(yTrue, probs, labels);
    warnings.push(...r.warnings);
    const rowLoss = Float64Array.from(probs, (row, i) => row.reduce((acc, p, j) => acc + ((j === trueIndex[i] ? 1 : 0) - p) ** 2, 0));
    figures.brier = { ...meanFigure(rowLoss, s), value: r.value };
  }
  if (has('top_k_accuracy')) {
    const r = topKAccuracy(yTrue, probs, { k: opts.topK, labels: classes, normalize: false });
    warnings.push(...r.warnings);
    figures.top_k_accuracy = wilsonFigure(r.value, n, s);
  }
  const curves: NonNullable<MetricsDetail['curves']> = {};
  if (has('ece')) {
    const confidence = new Float64Array(n);
    const correct = new Uint8Array(n);
    probs.forEach((row, i) => {
      let best = 0;
      for (let j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
      confidence[i] = row[best];
      correct[i] = best === trueIndex[i] ? 1 : 0;
    });
    const cal = calibrationFigures(confidence, correct, opts.bins, s);
    Object.assign(figures, cal.figures);
    curves.reliability = cal.bins;
  }
  return { figures, curves };
}

/** A figure the data cannot support (e.g. a class with no positives) is NaN, and says why in a warning. */
function undefinedOnError(name: string, f: () => number, warnings: MetricWarning[]): number {
  try {
    return f();
  } catch (e) {
    warnings.push({ code: 'undefined-metric', message: `${name} is undefined on this data: ${(e as Error).message}` });
    return NaN;
  }
}

/** Keeps at most CURVE_POINTS evenly spaced points of each named array (first and last kept). */
export function thin(curve: Record<string, ArrayLike<number>>, keys: string[]): Record<string, number[]> {
  const len = curve[keys[0]].length;
  const out: Record<string, number[]> = {};
  const idx: number[] = [];
  if (len <= CURVE_POINTS) for (let i = 0; i < len; i++) idx.push(i);
  else for (let i = 0; i < CURVE_POINTS; i++) idx.push(Math.round((i * (len - 1)) / (CURVE_POINTS - 1)));
  for (const k of keys) out[k] = idx.map((i) => (curve[k][i] === undefined ? NaN : Number(curve[k][i])));
  return out;
}


