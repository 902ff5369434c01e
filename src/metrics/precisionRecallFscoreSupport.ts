import { checkTargets } from './checkTargets.js';
import type { ConfusionMatrix } from './confusionMatrix.js';
import {
  checkLabelKinds,
  multilabelColumns,
  multilabelCounts,
  selectCounts,
  singleLabelCounts,
  type LabelCounts,
} from './labelCounts.js';
import { matrixCounts } from './matrixCounts.js';
import { averagePrf, prfFromCounts, zeroDivisionValue, type PrfSettings, type WarnFor } from './prfFromCounts.js';
import { checkAverage, checkBeta, resolveSetWiseLabels } from './setWiseLabels.js';
import type { LabelInput, MultilabelFormat } from './typeOfTarget.js';
import type { Average, Label, MetricWarning, ZeroDivision } from './types.js';

export interface PrfsMatrixOptions {
  /** Weight of recall against precision (default 1; 0 gives precision, Infinity recall). */
  beta?: number;
  /** Labels to report, in this order; listed-but-absent labels get support 0. */
  labels?: readonly Label[] | null;
  /** The positive class for `average: 'binary'` (default 1, as sklearn). */
  posLabel?: Label | null;
  /** Default `null` (per-label arrays), as sklearn's precision_recall_fscore_support. */
  average?: Average;
  /** Value for 0/0 (default 'warn': 0 plus a warning). */
  zeroDivision?: ZeroDivision;
  /** Metrics whose undefined values warn (default all three, as sklearn). */
  warnFor?: readonly WarnFor[];
}

export interface PrfsOptions extends PrfsMatrixOptions {
  sampleWeight?: ArrayLike<number> | null;
  multilabelFormat?: MultilabelFormat;
}

/** Per-label result (`average: null`): arrays in `labels` order. */
export interface PrfsPerLabel {
  precision: number[];
  recall: number[];
  fscore: number[];
  support: number[];
  labels: Label[];
  warnings: MetricWarning[];
}

/** Averaged result: scalars; `support` is null as in sklearn; `labels` are the labels averaged over. */
export interface PrfsAveraged {
  precision: number;
  recall: number;
  fscore: number;
  support: null;
  labels: Label[];
  warnings: MetricWarning[];
}

export type Prfs = PrfsPerLabel | PrfsAveraged;

type PerLabelOpts<O> = O & { average?: null };
type AveragedOpts<O> = O & { average: Exclude<Average, null> };

function settings(opts: PrfsMatrixOptions, sampleWeight: Float64Array | null): PrfSettings {
  const zeroDivision = opts.zeroDivision ?? 'warn';
  zeroDivisionValue(zeroDivision);
  return {
    beta: checkBeta(opts.beta ?? 1),
    average: checkAverage(opts.average ?? null),
    zeroDivision,
    warnFor: opts.warnFor ?? ['precision', 'recall', 'f-score'],
    sampleWeight,
  };
}

function finish(counts: LabelCounts, labels: Label[], s: PrfSettings, warnings: MetricWarning[]): Prfs {
  const r = prfFromCounts(counts, s, warnings);
  if (s.average === null) {
    return {
      precision: Array.from(r.precision),
      recall: Array.from(r.recall),
      fscore: Array.from(r.fscore),
      support: Array.from(r.support),
      labels,
      warnings,
    };
  }
  return { ...averagePrf(r, s), support: null, labels, warnings };
}

/**
 * Precision, recall, F-beta and support, as `sklearn.metrics.precision_recall_fscore_support`
 * (1.9): P = tp/(tp+fp), R = tp/(tp+fn), F = (1+β²)tp/(β²(tp+fn) + tp+fp); a 0 denominator gives
 * `zeroDivision` (F only when tp+fp+fn = 0); averages binary / micro / macro / weighted / samples
 * (multilabel) / null (per label, the default), dropping NaN entries. Single-label targets,
 * indicator rows or label sets. O(n + K) (O(n·L) multilabel).
 * Throws sklearn's messages: "Target is multiclass but average='binary'. ...", "pos_label=1 is not
 * a valid label. ...", "Samplewise metrics are not available outside of multilabel classification.",
 * and those of the target checks.
 *
 * @example precisionRecallFscoreSupport([0, 1, 1], [0, 1, 0], { average: 'binary' }).fscore // 0.6666666666666666
 */
export function precisionRecallFscoreSupport(yTrue: LabelInput, yPred: LabelInput, opts?: PerLabelOpts<PrfsOptions>): PrfsPerLabel;
export function precisionRecallFscoreSupport(yTrue: LabelInput, yPred: LabelInput, opts: AveragedOpts<PrfsOptions>): PrfsAveraged;
export function precisionRecallFscoreSupport(yTrue: LabelInput, yPred: LabelInput, opts?: PrfsOptions): Prfs;
export function precisionRecallFscoreSupport(yTrue: LabelInput, yPred: LabelInput, opts: PrfsOptions = {}): Prfs {
  const s = settings(opts, null);
  const t = checkTargets(yTrue, yPred, {
    sampleWeight: opts.sampleWeight,
    multilabelFormat: opts.multilabelFormat,
    extraLabels: opts.labels,
  });
  s.sampleWeight = t.sampleWeight;
  const warnings: MetricWarning[] = [];
  const labels = resolveSetWiseLabels(t.type, t.labels, s.average, opts.labels, opts.posLabel, warnings);
  if (t.type === 'multilabel-indicator') {
    const cols = multilabelColumns(t, labels);
    const counts = multilabelCounts(t, cols, s.average === 'samples');
    return finish(counts, cols.map((j) => t.labels[j]), s, warnings);
  }
  if (s.average === 'samples') throw new Error('Samplewise metrics are not available outside of multilabel classification.');
  const counts = s.average === 'binary' ? selectCounts(t.labels, singleLabelCounts(t, null), labels as Label[]) : singleLabelCounts(t, labels);
  return finish(counts, counts.labels, s, warnings);
}

/**
 * {@link precisionRecallFscoreSupport} from a confusion matrix (single-label targets): tp = the
 * diagonal, tp+fp = column sums, tp+fn = row sums. Labels default to `cm.labels`; the target type
 * for `average: 'binary'` is decided from the labels with a non-zero row or column. Equal to the
 * array form when `cm` covers every label (its default); weighted counts may differ in the last
 * bit. O(K²) with no per-sample work, for bootstrap loops.
 * Throws as the array form (there is no 'samples' average for a confusion matrix).
 *
 * @example precisionRecallFscoreSupportFromMatrix({ labels: [0, 1], matrix: [[1, 0], [1, 1]] }, { average: 'binary' }).recall // 0.5
 */
export function precisionRecallFscoreSupportFromMatrix(cm: ConfusionMatrix, opts?: PerLabelOpts<PrfsMatrixOptions>): PrfsPerLabel;
export function precisionRecallFscoreSupportFromMatrix(cm: ConfusionMatrix, opts: AveragedOpts<PrfsMatrixOptions>): PrfsAveraged;
export function precisionRecallFscoreSupportFromMatrix(cm: ConfusionMatrix, opts?: PrfsMatrixOptions): Prfs;
export function precisionRecallFscoreSupportFromMatrix(cm: ConfusionMatrix, opts: PrfsMatrixOptions = {}): Prfs {
  const s = settings(opts, null);
  const all = matrixCounts(cm);
  const warnings: MetricWarning[] = [];
  const type = all.present.length > 2 ? 'multiclass' : 'binary';
  const labels = resolveSetWiseLabels(type, all.present, s.average, opts.labels, opts.posLabel, warnings);
  if (s.average === 'samples') throw new Error('Samplewise metrics are not available outside of multilabel classification.');
  if (labels !== null && s.average !== 'binary') checkLabelKinds(labels, cm.labels);
  const counts = labels === null ? all.counts : selectCounts(cm.labels, all.counts, labels);
  return finish(counts, counts.labels, s, warnings);
}
