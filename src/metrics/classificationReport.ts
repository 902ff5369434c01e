import { checkTargets } from './checkTargets.js';
import type { ConfusionMatrix } from './confusionMatrix.js';
import { formatClassificationReport, type ClassificationReportRow } from './formatClassificationReport.js';
import {
  checkLabelKinds,
  multilabelColumns,
  multilabelCounts,
  selectCounts,
  singleLabelCounts,
  type LabelCounts,
} from './labelCounts.js';
import { matrixCounts } from './matrixCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import { averagePrf, prfFromCounts, zeroDivisionValue, type PrfSettings } from './prfFromCounts.js';
import { pyStr } from './pyFormat.js';
import type { LabelInput, MultilabelFormat } from './typeOfTarget.js';
import type { Average, Label, MetricWarning, ZeroDivision } from './types.js';

export type { ClassificationReportRow } from './formatClassificationReport.js';

export interface ClassificationReportMatrixOptions {
  /** Labels to report, in order (default: every label). */
  labels?: readonly Label[] | null;
  /** Display names for `labels`, same order (default: the labels as Python prints them). */
  targetNames?: readonly string[] | null;
  /** Decimals in `text` (default 2). */
  digits?: number;
  zeroDivision?: ZeroDivision;
}

export interface ClassificationReportOptions extends ClassificationReportMatrixOptions {
  sampleWeight?: ArrayLike<number> | null;
  multilabelFormat?: MultilabelFormat;
}

export interface ClassificationReport {
  /** Per-label rows, then the average rows ("micro avg" unless it is accuracy, "macro avg", "weighted avg", "samples avg"). */
  rows: ClassificationReportRow[];
  /** Accuracy (= micro F1) when single-label and `labels` cover every present label, as sklearn's "accuracy" entry. */
  accuracy?: number;
  /** The report exactly as sklearn prints it. */
  text: string;
  /** sklearn's warnings, each distinct message once. */
  warnings: MetricWarning[];
}

interface ReportInput {
  labels: Label[];
  labelsGiven: boolean;
  counts: LabelCounts;
  samples: { counts: LabelCounts; weights: Float64Array | null } | null;
  microIsAccuracy: boolean;
  weighted: boolean;
}

function build(input: ReportInput, opts: ClassificationReportMatrixOptions): ClassificationReport {
  const digits = opts.digits ?? 2;
  if (!Number.isInteger(digits) || digits < 0) {
    throw new Error(`The 'digits' parameter of classification_report must be an int in the range [0, inf). Got ${digits} instead.`);
  }
  const zeroDivision = opts.zeroDivision ?? 'warn';
  zeroDivisionValue(zeroDivision);
  const warnings: MetricWarning[] = [];
  const { labels } = input;
  let names = labels.map(pyStr);
  if (opts.targetNames != null) {
    if (opts.targetNames.length !== labels.length) {
      if (!input.labelsGiven) {
        throw new Error(
          `Number of classes, ${labels.length}, does not match size of target_names, ${opts.targetNames.length}. Try specifying the labels parameter`,
        );
      }
      warnings.push({
        code: 'target-names-mismatch',
        message: `labels size, ${labels.length}, does not match size of target_names, ${opts.targetNames.length}`,
      });
    }
    names = opts.targetNames.slice();
  }
  const settings = (average: Average, sampleWeight: Float64Array | null = null): PrfSettings => ({
    beta: 1,
    average,
    zeroDivision,
    warnFor: ['precision', 'recall', 'f-score'],
    sampleWeight,
  });
  const per = prfFromCounts(input.counts, settings(null), warnings);
  const totalSupport = pairwiseSum(per.support);
  const labelRows: ClassificationReportRow[] = [];
  for (let i = 0; i < Math.min(names.length, labels.length); i++) {
    labelRows.push({ name: names[i], precision: per.precision[i], recall: per.recall[i], f1: per.fscore[i], support: per.support[i] });
  }
  const avgRows: ClassificationReportRow[] = [];
  let micro: { precision: number; fscore: number } | undefined;
  const averages: Average[] = input.samples === null ? ['micro', 'macro', 'weighted'] : ['micro', 'macro', 'weighted', 'samples'];
  for (const average of averages) {
    const s = settings(average, input.samples?.weights ?? null);
    const counts = average === 'samples' ? (input.samples as { counts: LabelCounts }).counts : input.counts;
    const a = averagePrf(prfFromCounts(counts, s, warnings), s);
    if (average === 'micro' && input.microIsAccuracy) micro = a;
    else avgRows.push({ name: `${average} avg`, precision: a.precision, recall: a.recall, f1: a.fscore, support: totalSupport });
  }
  const text = formatClassificationReport(
    labelRows,
    avgRows,
    micro === undefined ? undefined : { value: micro.fscore, support: totalSupport },
    names,
    digits,
    input.weighted,
  );
  const unique = new Map<string, MetricWarning>();
  for (const w of warnings) if (!unique.has(w.message)) unique.set(w.message, w);
  const report: ClassificationReport = { rows: [...labelRows, ...avgRows], text, warnings: [...unique.values()] };
  if (micro !== undefined) report.accuracy = micro.precision;
  return report;
}

/**
 * A classification report, as `sklearn.metrics.classification_report` (1.9): per-label precision,
 * recall, F1 and support, then "accuracy" (single-label targets whose `labels` cover every present
 * label) or "micro avg", "macro avg", "weighted avg" and, for multilabel targets, "samples avg";
 * average rows carry the summed support. `text` is sklearn's string; `rows`/`accuracy` its
 * `output_dict`. O(n + K) (O(n·L) multilabel).
 * Throws "Number of classes, K, does not match size of target_names, M. ..." (labels not given)
 * and the target checks; a size mismatch with `labels` given is a warning, as in sklearn.
 *
 * @example classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1]).accuracy // 0.6
 */
export function classificationReport(yTrue: LabelInput, yPred: LabelInput, opts: ClassificationReportOptions = {}): ClassificationReport {
  const t = checkTargets(yTrue, yPred, { sampleWeight: opts.sampleWeight, multilabelFormat: opts.multilabelFormat, extraLabels: opts.labels });
  const labelsGiven = opts.labels != null;
  const weighted = t.sampleWeight !== null;
  if (t.type === 'multilabel-indicator') {
    const cols = multilabelColumns(t, opts.labels ?? null);
    const labels = cols.map((j) => t.labels[j]);
    return build(
      {
        labels,
        labelsGiven,
        counts: multilabelCounts(t, cols, false),
        samples: { counts: multilabelCounts(t, cols, true), weights: t.sampleWeight },
        microIsAccuracy: false,
        weighted,
      },
      opts,
    );
  }
  const counts = singleLabelCounts(t, opts.labels ?? null);
  const wanted = new Set(counts.labels);
  const microIsAccuracy = !labelsGiven || t.labels.every((l) => wanted.has(l));
  return build({ labels: counts.labels, labelsGiven, counts, samples: null, microIsAccuracy, weighted }, opts);
}

/**
 * {@link classificationReport} from a confusion matrix (single-label targets). Labels default to
 * `cm.labels`; "accuracy" replaces "micro avg" when the labels cover every label with a non-zero
 * row or column. Supports print as integers when integral, else as Python floats. O(K²).
 *
 * @example classificationReportFromMatrix({ labels: [0, 1], matrix: [[1, 1], [0, 2]] }).accuracy // 0.75
 */
export function classificationReportFromMatrix(cm: ConfusionMatrix, opts: ClassificationReportMatrixOptions = {}): ClassificationReport {
  const all = matrixCounts(cm);
  const labelsGiven = opts.labels != null;
  if (labelsGiven) checkLabelKinds(opts.labels as Label[], cm.labels);
  const counts = labelsGiven ? selectCounts(cm.labels, all.counts, opts.labels as Label[]) : all.counts;
  const wanted = new Set(counts.labels);
  const microIsAccuracy = !labelsGiven || all.present.every((l) => wanted.has(l));
  const weighted = cm.matrix.some((row) => row.some((v) => !Number.isInteger(v)));
  return build({ labels: counts.labels, labelsGiven, counts, samples: null, microIsAccuracy, weighted }, opts);
}
