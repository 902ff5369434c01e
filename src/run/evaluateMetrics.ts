import { ConfusionAccumulator } from '../metrics/confusionAccumulator.js';
import { classificationReportFromMatrix } from '../metrics/classificationReport.js';
import type { Label, MetricWarning } from '../metrics/types.js';
import { InvalidInputError } from '../problem.js';
import type { DataSpec, MetricsCheck } from '../suite/types.js';
import type { Figures } from './figure.js';
import type { IntervalSettings } from './figureIntervals.js';
import { labelFigures } from './labelFigures.js';
import { binaryScoreFigures, multiclassScoreFigures } from './scoreFigures.js';
import { calibrationFigures } from './calibrationFigures.js';
import { multilabelFigures } from './multilabelFigures.js';
import type { MetricsInput } from './metricsInput.js';
import { matchLabel, resolvePosLabel, sortedLabels } from './resolveLabels.js';
import type { MetricsDetail } from './results.js';
import { probabilityRows } from './probabilityRows.js';

/**
 * Computes every figure of a metrics check from the gathered columns: decides the target type
 * (binary, multiclass, multi-label), the positive label and the default average, builds the
 * confusion matrix, and adds the score-based figures when scores or probabilities are mapped.
 * Data that cannot support a requested figure is an InvalidInputError naming the file and field.
 */
export function evaluateMetrics(
  input: MetricsInput,
  check: MetricsCheck,
  data: DataSpec,
  ctx: { suiteFile: string; seed: number },
): { figures: Figures; detail: MetricsDetail } {
  const warnings: MetricWarning[] = [];
  const file = data.displayPath;
  const labelField = data.fields.label ?? 'label';
  const s: IntervalSettings = { confidence: check.confidence, resamples: check.bootstrap, seed: ctx.seed };
  const bad = (path: (string | number)[], message: string, line?: number, inSuite = false) =>
    new InvalidInputError([{ code: 'unsupported-data', file: inSuite ? ctx.suiteFile : file, ...(line ? { line } : {}), path, message }]);

  const multi = input.yTrue.map((y) => Array.isArray(y));
  const firstMulti = multi.indexOf(true);
  if (firstMulti >= 0) {
    const firstSingle = multi.indexOf(false);
    if (firstSingle >= 0) throw bad([labelField], `the label field mixes single labels and label lists (line ${input.lines[firstSingle]} has a single label, line ${input.lines[firstMulti]} a list)`, input.lines[Math.max(firstSingle, firstMulti)]);
    return multilabelFigures(input, check, data, s, warnings, bad);
  }

  const yTrue = input.yTrue as Label[];
  let yPred = input.yPred as (Label | undefined)[];
  const requested = check.labels ?? [];
  let classes: Label[] | undefined;
  let probs: number[][] | undefined;
  if (input.probabilities) {
    const seen = sortedLabels([...yTrue, ...(yPred.filter((p) => p !== undefined) as Label[]), ...requested], file, labelField);
    classes = data.classes ? [...data.classes] : seen;
    probs = probabilityRows(input.probabilities, classes, input.lines, file, data.fields.probabilities ?? 'probabilities', data.classes === undefined);
    classes = classes.map((c) => matchLabel(c, seen) ?? c);
    if (yPred.some((p) => p === undefined)) {
      yPred = probs.map((row, i) => yPred[i] ?? classes![argmax(row)]);
    }
  }
  const predField = data.fields.prediction ?? 'prediction';
  const missing = yPred.findIndex((p) => p === undefined);
  if (missing >= 0) throw bad([predField], 'missing prediction', input.lines[missing]);

  let present = sortedLabels([...new Set([...yTrue, ...(yPred as Label[])])], file, labelField);
  const binary = present.length <= 2 && (classes === undefined || classes.length <= 2);
  const target = binary ? 'binary' : 'multiclass';
  const posLabel = binary ? resolvePosLabel(present, data.posLabel, ctx.suiteFile === '' ? { suiteFile: '', dataFile: file } : { suiteFile: ctx.suiteFile, dataFile: file }, warnings) : undefined;
  if (posLabel !== undefined && !present.includes(posLabel)) present = sortedLabels([...present, posLabel], file, labelField);
  const average = check.average ?? (binary ? 'binary' : 'macro');
  if (average === 'binary' && !binary) throw bad(['checks', 'metrics', 'average'], `average 'binary' needs two labels, but ${file} has ${present.length}: ${present.map((l) => JSON.stringify(l)).join(', ')}; choose micro, macro or weighted`, undefined, true);
  if (average === 'samples') throw bad(['checks', 'metrics', 'average'], `average 'samples' applies to multi-label data only (the labels of ${file} are single labels)`, undefined, true);
  const reportLabels = check.labels ? check.labels.map((l) => matchLabel(l, present) ?? l) : present;

  const acc = new ConfusionAccumulator();
  for (let i = 0; i < yTrue.length; i++) acc.add(yTrue[i], yPred[i] as Label);
  const cm = acc.result(reportLabels);
  const figures = labelFigures(cm, { ...s, include: check.include, labels: reportLabels, posLabel, average, zeroDivision: check.zeroDivision, beta: check.beta }, warnings);
  const report = classificationReportFromMatrix(cm, { labels: reportLabels, zeroDivision: check.zeroDivision === 'warn' ? 0 : check.zeroDivision });

  let curves: MetricsDetail['curves'];
  const scoreMetrics = check.include.filter((m) => ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece', 'top_k_accuracy'].includes(m));
  if (scoreMetrics.length > 0) {
    let binaryScore: Float64Array | undefined;
    if (binary && input.score) binaryScore = input.score;
    else if (binary && probs && classes) {
      const j = classes.findIndex((c) => c === posLabel);
      binaryScore = Float64Array.from(probs, (row) => row[j]);
    }
    if (binaryScore) {
      if (check.include.includes('top_k_accuracy')) throw bad(['checks', 'metrics'], 'top_k_accuracy needs more than two classes', undefined, true);
      const isPos = Uint8Array.from(yTrue, (y) => (y === posLabel ? 1 : 0));
      const r = binaryScoreFigures({ isPos, score: binaryScore }, check.include, check.bins, s, warnings);
      Object.assign(figures, r.figures);
      curves = r.curves;
    } else if (probs && classes) {
      const r = multiclassScoreFigures(yTrue, probs, classes, check.include, { bins: check.bins, topK: check.topK }, s, warnings);
      Object.assign(figures, r.figures);
      curves = r.curves;
    } else if (input.score) {
      const other = scoreMetrics.filter((m) => m !== 'ece');
      if (other.length > 0) throw bad([data.fields.score ?? 'score'], `${other.join(', ')} need class probabilities on multiclass data: a single score is the confidence of the prediction, which gives ece and mce only; map data.probabilities instead`);
      const correct = Uint8Array.from(yTrue, (y, i) => (y === yPred[i] ? 1 : 0));
      const r = calibrationFigures(input.score, correct, check.bins, s);
      Object.assign(figures, r.figures);
      curves = { reliability: r.bins };
    }
  }

  const detail: MetricsDetail = {
    target,
    labels: reportLabels,
    ...(posLabel !== undefined ? { pos_label: posLabel } : {}),
    average,
    zero_division: String(check.zeroDivision),
    confidence: check.confidence,
    bootstrap: { resamples: check.bootstrap, seed: ctx.seed },
    confusion_matrix: { labels: cm.labels, matrix: cm.matrix },
    report: report.rows.map((r) => ({ name: r.name, precision: r.precision, recall: r.recall, f1: r.f1, support: r.support })),
    ...(curves && Object.keys(curves).length > 0 ? { curves } : {}),
    warnings: [...new Set(warnings.map((w) => w.message))],
  };
  return { figures, detail };
}

function argmax(row: readonly number[]): number {
  let best = 0;
  for (let j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
  return best;
}
