import { precisionRecallFscoreSupport, type PrfsAveraged, type PrfsOptions } from '../metrics/precisionRecallFscoreSupport.js';
import { accuracyScore } from '../metrics/accuracy.js';
import { hammingLoss } from '../metrics/hammingLoss.js';
import { classificationReport } from '../metrics/classificationReport.js';
import type { Label, MetricWarning } from '../metrics/types.js';
import type { InvalidInputError } from '../problem.js';
import type { DataSpec, MetricsCheck } from '../suite/types.js';
import { formatFigurePath } from '../suite/parseGate.js';
import type { Figure, Figures } from '../contract/results.js';
import { rowResamples, wilsonFigure, type IntervalSettings } from './figureIntervals.js';
import { multilabelResampler } from './multilabelResampler.js';
import { bootstrapRowsMany } from '../stats/bootstrap.js';
import { RandomState } from '../cv/randomState.js';
import { seedFrom } from '../cv/seedFrom.js';
import type { MetricsInput } from './metricsInput.js';
import { matchLabel, sortedLabels } from './resolveLabels.js';
import type { MetricsDetail } from '../contract/results.js';
import { metricsWhere } from '../metrics/metricLists.js';

const SUPPORTED = new Set<string>(metricsWhere((d) => d.targets.includes('multilabel')));

/**
 * Figures of a multi-label target (each example has a set of labels): subset accuracy (Wilson
 * interval), hamming loss and precision/recall/F per label and micro/macro/weighted/samples averaged
 * (a row bootstrap, as a row's labels are not independent: every figure is read off the same
 * resamples, one O(n·L) pass each).
 */
export function multilabelFigures(
  input: MetricsInput,
  check: MetricsCheck,
  data: DataSpec,
  s: IntervalSettings,
  warnings: MetricWarning[],
  bad: (path: (string | number)[], message: string, line?: number, inSuite?: boolean) => InvalidInputError,
): { figures: Figures; detail: MetricsDetail; reportText: string } {
  const unsupported = check.include.filter((m) => !SUPPORTED.has(m));
  if (unsupported.length > 0) throw bad(['checks', 'metrics'], `${unsupported.join(', ')} ${unsupported.length > 1 ? 'are' : 'is'} not defined for multi-label data (${data.displayPath} has label lists)`, undefined, true);
  const yTrue = input.multiTrue;
  const missing = input.multiPred.findIndex((p) => !Array.isArray(p));
  if (missing >= 0) throw bad([data.fields.prediction ?? 'prediction'], 'multi-label data needs a list of predicted labels in every row', input.lines[missing]);
  const yPred = input.multiPred as Label[][];
  const n = yTrue.length;
  const present = sortedLabels(new Set([...yTrue.flat(), ...yPred.flat()]), data.displayPath, data.fields.label ?? 'label');
  const labels = check.labels ? check.labels.map((l) => matchLabel(l, present) ?? l) : present;
  const average = check.average ?? 'samples';
  if (average === 'binary') throw bad(['checks', 'metrics', 'average'], "average 'binary' does not apply to multi-label data: choose micro, macro, weighted or samples", undefined, true);
  const base: PrfsOptions = { labels, zeroDivision: check.zeroDivision, beta: check.beta, multilabelFormat: 'sets' };
  const quiet: PrfsOptions = { ...base, zeroDivision: check.zeroDivision === 'warn' ? 0 : check.zeroDivision };
  const figures: Figures = { n: { value: n } };
  const perLabel = precisionRecallFscoreSupport(yTrue, yPred, { ...base, average: null });
  warnings.push(...perLabel.warnings);
  labels.forEach((l, i) => (figures[formatFigurePath(['support', String(l)])] = { value: perLabel.support[i] }));
  const has = (m: string) => check.include.includes(m as never);
  if (has('accuracy')) {
    const correct = accuracyScore(yTrue, yPred, { normalize: false, multilabelFormat: 'sets' });
    figures.accuracy = wilsonFigure(correct, n, s);
  }
  const prf = [['precision', 'precision'], ['recall', 'recall'], ['f1', 'fscore'], ['fbeta', 'fscore']] as const;
  const included = prf.filter(([m]) => has(m));
  const resampler = multilabelResampler(yTrue, yPred, labels, present.length, included.map(([m]) => m), {
    beta: check.beta,
    zeroDivision: check.zeroDivision,
    hamming: has('hamming_loss'),
  });
  const resamples = rowResamples(n, s);
  const intervals = new Map<string, { low: number; high: number }>();
  if (resamples > 0 && resampler.names.length > 0) {
    const rng = new RandomState(seedFrom(s.seed, 'rows', 'multilabel'));
    const r = bootstrapRowsMany(n, resampler.names.length, resampler.compute, { resamples, confidence: s.confidence, rng });
    resampler.names.forEach((name, j) => intervals.set(name, r[j]));
  }
  const withInterval = (key: string, value: number): Figure => {
    const iv = intervals.get(key);
    return iv && !Number.isNaN(value) ? { value, ci_low: iv.low, ci_high: iv.high, interval: 'bootstrap' } : { value };
  };
  for (const [metric, key] of included) {
    const beta = metric === 'fbeta' ? check.beta : 1;
    const perL = beta === 1 ? perLabel : precisionRecallFscoreSupport(yTrue, yPred, { ...quiet, beta, average: null });
    labels.forEach((l, i) => (figures[formatFigurePath([metric, String(l)])] = withInterval(`${metric}\u0000${String(l)}`, perL[key][i])));
    for (const avg of ['micro', 'macro', 'weighted', 'samples'] as const) {
      const r = precisionRecallFscoreSupport(yTrue, yPred, { ...base, beta, average: avg }) as PrfsAveraged;
      warnings.push(...r.warnings);
      figures[`${metric}.${avg}`] = withInterval(`${metric}.${avg}`, r[key]);
    }
    figures[metric] = { ...figures[`${metric}.${average}`], average };
  }
  if (has('hamming_loss')) figures.hamming_loss = withInterval('hamming_loss', hammingLoss(yTrue, yPred, { multilabelFormat: 'sets' }));
  const report = classificationReport(yTrue, yPred, { labels, multilabelFormat: 'sets', zeroDivision: quiet.zeroDivision });
  return {
    figures,
    reportText: report.text,
    detail: {
      target: 'multilabel',
      labels,
      average,
      zero_division: String(check.zeroDivision),
      confidence: check.confidence,
      bootstrap: { resamples: check.bootstrap, seed: s.seed },
      report: report.rows.map((r) => ({ name: r.name, precision: r.precision, recall: r.recall, f1: r.f1, support: r.support })),
      warnings: [...new Set(warnings.map((w) => w.message))],
    },
  };
}
