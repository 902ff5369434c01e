import { precisionRecallFscoreSupport, type PrfsAveraged, type PrfsOptions } from '../metrics/precisionRecallFscoreSupport.js';
import { accuracyScore } from '../metrics/accuracy.js';
import { hammingLoss } from '../metrics/hammingLoss.js';
import { classificationReport } from '../metrics/classificationReport.js';
import type { Label, MetricWarning } from '../metrics/types.js';
import type { InvalidInputError } from '../problem.js';
import type { DataSpec, MetricsCheck } from '../suite/types.js';
import { formatFigurePath } from '../suite/parseGate.js';
import type { Figures } from './figure.js';
import { rowsFigure, wilsonFigure, type IntervalSettings } from './figureIntervals.js';
import type { MetricsInput } from './metricsInput.js';
import { matchLabel, sortedLabels } from './resolveLabels.js';
import type { MetricsDetail } from './results.js';

const SUPPORTED = new Set(['accuracy', 'precision', 'recall', 'f1', 'fbeta', 'hamming_loss']);

/**
 * Figures of a multi-label target (each example has a set of labels): subset accuracy (Wilson
 * interval), hamming loss and precision/recall/F per label and micro/macro/weighted/samples averaged
 * (row bootstrap intervals: a row's labels are not independent, so resample rows, passing the
 * resample counts as sample weights).
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
  for (const [metric, key] of prf) {
    if (!has(metric)) continue;
    const beta = metric === 'fbeta' ? check.beta : 1;
    const perL = beta === 1 ? perLabel : precisionRecallFscoreSupport(yTrue, yPred, { ...quiet, beta, average: null });
    labels.forEach((l, i) => {
      const name = formatFigurePath([metric, String(l)]);
      figures[name] = rowsFigure(name, perL[key][i], n, (w) => precisionRecallFscoreSupport(yTrue, yPred, { ...quiet, beta, average: null, sampleWeight: w })[key][i], s);
    });
    for (const avg of ['micro', 'macro', 'weighted', 'samples'] as const) {
      const name = `${metric}.${avg}`;
      const r = precisionRecallFscoreSupport(yTrue, yPred, { ...base, beta, average: avg }) as PrfsAveraged;
      warnings.push(...r.warnings);
      figures[name] = rowsFigure(name, r[key], n, (w) => (precisionRecallFscoreSupport(yTrue, yPred, { ...quiet, beta, average: avg, sampleWeight: w }) as PrfsAveraged)[key], s);
    }
    figures[metric] = { ...figures[`${metric}.${average}`], average };
  }
  if (has('hamming_loss')) {
    const loss = hammingLoss(yTrue, yPred, { multilabelFormat: 'sets' });
    figures.hamming_loss = rowsFigure('hamming_loss', loss, n, (w) => hammingLoss(yTrue, yPred, { multilabelFormat: 'sets', sampleWeight: w }), s);
  }
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
