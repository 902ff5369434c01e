import type { ConfusionMatrix } from '../metrics/confusionMatrix.js';
import { classificationReportFromMatrix, type ClassificationReport } from '../metrics/classificationReport.js';
import type { Label, MetricWarning } from '../metrics/types.js';
import { InvalidInputError } from '../problem.js';
import type { DataSpec, MetricsCheck } from '../suite/types.js';
import type { Figures } from '../contract/results.js';
import type { IntervalSettings } from './figureIntervals.js';
import { labelFigures } from './labelFigures.js';
import { binaryScoreFigures, multiclassScoreFigures } from './scoreFigures.js';
import { calibrationFigures } from './calibrationFigures.js';
import { multilabelFigures } from './multilabelFigures.js';
import type { MetricsInput } from './metricsInput.js';
import { matchLabel, resolvePosLabel, sortedLabels } from './resolveLabels.js';
import type { MetricsDetail } from '../contract/results.js';
import { probabilityRows } from './probabilityRows.js';
import { sortProbabilityColumns } from '../metrics/sortProbabilityColumns.js';
import { SCORE_METRICS } from '../metrics/metricLists.js';
import { METRIC_TABLE } from '../metrics/metricTable.js';

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
  ctx: { suiteFile: string; seed: number; digits?: number },
): { figures: Figures; detail: MetricsDetail; reportText: string } {
  const warnings: MetricWarning[] = [];
  const file = data.displayPath;
  const labelField = data.fields.label ?? 'label';
  const s: IntervalSettings = { confidence: check.confidence, resamples: check.bootstrap, seed: ctx.seed };
  const bad = (path: (string | number)[], message: string, line?: number, inSuite = false) =>
    new InvalidInputError([{ code: 'unsupported-data', file: inSuite ? ctx.suiteFile : file, ...(line ? { line } : {}), path, message }]);

  if (input.firstMultiLine >= 0) {
    if (input.firstSingleLine >= 0) {
      throw bad([labelField], `the label field mixes single labels and label lists (line ${input.firstSingleLine} has a single label, line ${input.firstMultiLine} a list)`, Math.max(input.firstSingleLine, input.firstMultiLine));
    }
    return multilabelFigures(input, check, data, s, warnings, bad);
  }

  const n = input.n;
  const labels = [...input.labels];
  const predCodes = input.predCodes;
  const requested = check.labels ?? [];
  let classes: Label[] | undefined;
  let probs: number[][] | undefined;
  let columnClasses: Label[] | undefined;
  if (input.probabilities) {
    const seen = sortedLabels([...labels, ...requested], file, labelField);
    classes = data.classes ? [...data.classes] : seen;
    probs = probabilityRows(input.probabilities, classes, input.lines, file, data.fields.probabilities ?? 'probabilities', data.classes === undefined);
    classes = classes.map((c) => matchLabel(c, seen) ?? c);
    columnClasses = [...classes];
    // The classes name the columns: every figure reads them in sorted-label order (scikit-learn's).
    ({ classes, probs } = sortProbabilityColumns(probs, classes));
    const classCodes = classes.map((c) => {
      const at = labels.indexOf(c);
      if (at >= 0) return at;
      labels.push(c);
      return labels.length - 1;
    });
    for (let i = 0; i < n; i++) if (predCodes[i] < 0) predCodes[i] = classCodes[argmax(probs[i])];
  }
  const predField = data.fields.prediction ?? 'prediction';
  const missing = predCodes.indexOf(-1);
  if (missing >= 0) throw bad([predField], 'missing prediction', input.lines[missing]);

  let present = sortedLabels(labels, file, labelField);
  const binary = present.length <= 2 && (classes === undefined || classes.length <= 2);
  const target = binary ? 'binary' : 'multiclass';
  const posLabel = binary ? resolvePosLabel(present, data.posLabel, { suiteFile: ctx.suiteFile, dataFile: file }, warnings) : undefined;
  if (posLabel !== undefined && !present.includes(posLabel)) present = sortedLabels([...present, posLabel], file, labelField);
  const average = check.average ?? (binary ? 'binary' : 'macro');
  if (average === 'binary' && !binary) throw bad(['checks', 'metrics', 'average'], `average 'binary' needs two labels, but ${file} has ${present.length}: ${present.map((l) => JSON.stringify(l)).join(', ')}; choose micro, macro or weighted`, undefined, true);
  if (average === 'samples') throw bad(['checks', 'metrics', 'average'], `average 'samples' applies to multi-label data only (the labels of ${file} are single labels)`, undefined, true);
  const reportLabels = check.labels ? check.labels.map((l) => matchLabel(l, present) ?? l) : present;

  const cm = confusionFromCodes(input.trueCodes, predCodes, labels, sortedLabels([...present, ...reportLabels], file, labelField));
  const figures = labelFigures(cm, { ...s, include: check.include, labels: reportLabels, posLabel, average, zeroDivision: check.zeroDivision, beta: check.beta }, warnings);
  const report = classificationReportFromMatrix(cm, { labels: reportLabels, zeroDivision: check.zeroDivision === 'warn' ? 0 : check.zeroDivision, digits: ctx.digits ?? 2 });

  let curves: MetricsDetail['curves'];
  const scoreMetrics = check.include.filter((m) => SCORE_METRICS.includes(m));
  if (scoreMetrics.length > 0) {
    let binaryScore: Float64Array | undefined;
    if (binary && input.score) binaryScore = input.score;
    else if (binary && probs && classes) {
      const j = classes.findIndex((c) => c === posLabel);
      binaryScore = Float64Array.from(probs, (row) => row[j]);
    }
    if (binaryScore) {
      if (check.include.includes('top_k_accuracy')) throw bad(['checks', 'metrics'], 'top_k_accuracy needs more than two classes', undefined, true);
      const posCode = labels.indexOf(posLabel as Label);
      const isPos = new Uint8Array(n);
      for (let i = 0; i < n; i++) isPos[i] = input.trueCodes[i] === posCode ? 1 : 0;
      const r = binaryScoreFigures({ isPos, score: binaryScore }, check.include, check.bins, s, warnings);
      Object.assign(figures, r.figures);
      curves = r.curves;
    } else if (probs && classes) {
      const yTrue = Array.from(input.trueCodes, (c) => labels[c]);
      const r = multiclassScoreFigures(yTrue, probs, classes, check.include, { bins: check.bins, topK: check.topK }, s, warnings);
      Object.assign(figures, r.figures);
      curves = r.curves;
    } else if (input.score) {
      const other = scoreMetrics.filter((m) => !METRIC_TABLE[m].confidenceScore);
      if (other.length > 0) throw bad([data.fields.score ?? 'score'], `${other.join(', ')} need class probabilities on multiclass data: a single score is the confidence of the prediction, which gives ece and mce only; map data.probabilities instead`);
      const correct = new Uint8Array(n);
      for (let i = 0; i < n; i++) correct[i] = input.trueCodes[i] === predCodes[i] ? 1 : 0;
      const r = calibrationFigures(input.score, correct, check.bins, s);
      Object.assign(figures, r.figures);
      curves = { reliability: r.bins };
    }
  }

  const detail: MetricsDetail = {
    target,
    labels: reportLabels,
    ...(columnClasses ? { classes: columnClasses } : {}),
    ...(posLabel !== undefined ? { pos_label: posLabel } : {}),
    average,
    zero_division: String(check.zeroDivision),
    confidence: check.confidence,
    bootstrap: { resamples: check.bootstrap, seed: ctx.seed },
    confusion_matrix: { labels: cm.labels, matrix: cm.matrix },
    report: reportRows(report, reportLabels.length),
    ...(curves && Object.keys(curves).length > 0 ? { curves } : {}),
    warnings: [...new Set(warnings.map((w) => w.message))],
  };
  return { figures, detail, reportText: report.text };
}

function argmax(row: readonly number[]): number {
  let best = 0;
  for (let j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
  return best;
}

/** The confusion matrix over `all` (sorted) from label codes into `labels`. O(n + K²). */
function confusionFromCodes(trueCodes: Int32Array, predCodes: Int32Array, labels: readonly Label[], all: Label[]): ConfusionMatrix {
  const k = all.length;
  const pos = new Map(all.map((l, i) => [l, i]));
  const map = Int32Array.from(labels, (l) => pos.get(l) ?? -1);
  const counts = new Float64Array(k * k);
  for (let i = 0; i < trueCodes.length; i++) counts[map[trueCodes[i]] * k + map[predCodes[i]]]++;
  return { labels: all, matrix: Array.from({ length: k }, (_, i) => Array.from(counts.subarray(i * k, (i + 1) * k))) };
}

/**
 * The classification report as rows, with scikit-learn's "accuracy" row (precision and recall
 * undefined, f1 = accuracy, support = every example) between the label rows and the averages.
 */
export function reportRows(report: ClassificationReport, labelRows: number): MetricsDetail['report'] {
  const rows = report.rows.map((r) => ({ name: r.name, precision: r.precision, recall: r.recall, f1: r.f1, support: r.support }));
  if (report.accuracy !== undefined) {
    const support = rows.slice(0, labelRows).reduce((t, r) => t + r.support, 0);
    rows.splice(labelRows, 0, { name: 'accuracy', precision: NaN, recall: NaN, f1: report.accuracy, support });
  }
  return rows;
}
