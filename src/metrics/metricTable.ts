import type { ZeroDivision } from './types.js';

/** The range [low, high] a figure's value can take; ±Infinity where it is unbounded. */
export type FigureRange = readonly [number, number];

/** The kinds of target a metric can be computed on (scikit-learn's `type_of_target`, less the continuous ones). */
export type TargetType = 'binary' | 'multiclass' | 'multilabel';

/** How a figure's interval is computed (the `interval` field of a figure in results.json). */
export type IntervalMethod = 'wilson' | 'bootstrap' | 'normal' | 'delong';

/** The figures one figure root stands for: `f1`, `f1.macro`, `f1.spam`, ... */
export interface FigureShape {
  /** Whether the bare root (`f1`) is a figure; false for `support`, which is only per label. */
  readonly bare: boolean;
  /** Fixed second segments, in the order messages list them, each with the target types a run produces it on. */
  readonly segments: Readonly<Record<string, readonly TargetType[]>>;
  /** The target types on which a run produces one figure per label (`recall.spam`); empty: none. */
  readonly perLabel: readonly TargetType[];
  /** Second segments whose paired resampling is not implemented: a comparison gate cannot read them. */
  readonly notCompared?: readonly string[];
  /** The values a figure can take, [low, high] (±Infinity: unbounded). */
  readonly range: FigureRange;
  /** The range on binary data, where it differs (Brier: one squared error per row, not one per class). */
  readonly binaryRange?: FigureRange;
}

/** One metric a metrics or cross-validation check can include. */
export interface MetricDefinition {
  /**
   * What it reads beside the true labels: `labels` (a predicted label: from the data, a model, or the
   * most probable class), `scores` (a score for binary data, class probabilities otherwise) or
   * `probabilities` (one probability per class, always).
   */
  readonly needs: 'labels' | 'scores' | 'probabilities';
  /** For `scores` metrics: on multiclass data a single score, read as the confidence of the prediction, is enough. */
  readonly confidenceScore: boolean;
  /** The target types it is defined on; others are an error naming the data file. */
  readonly targets: readonly TargetType[];
  /** Its figure roots and their shapes: first its own name, then any extra root it brings (`ece` brings `mce`). */
  readonly figures: Readonly<Record<string, FigureShape>>;
  /** The interval methods its figures carry (per target and segment; see README "Intervals"). */
  readonly intervals: readonly IntervalMethod[];
  /** How two runs are compared on it: by the joint-cell paired bootstrap of the confusion matrix, by the paired row bootstrap of the scores, or not at all. */
  readonly compare: 'confusion' | 'score' | 'none';
  /** Whether a smaller value is better (a regression is an increase). */
  readonly lowerIsBetter: boolean;
  /** The target types on which it is computed when nothing is asked for (a suite's metrics check without `include`, and `evalgate score`). */
  readonly defaultFor: readonly TargetType[];
  /** Its own option of the metrics check, with the default (`beta` 1, `top_k` 2, `bins` 15). */
  readonly option?: { readonly name: 'beta' | 'top_k' | 'bins'; readonly default: number };
}

const LABEL_TARGETS = ['binary', 'multiclass'] as const;
const ALL_TARGETS = ['binary', 'multiclass', 'multilabel'] as const;
const UNIT: FigureRange = [0, 1];
const bare = (range: FigureRange = UNIT): FigureShape => ({ bare: true, segments: {}, perLabel: [], range });
/** precision, recall, F: per label and averaged (`binary` on binary data, `samples` on multi-label data). */
const PRF: FigureShape = {
  bare: true,
  segments: { binary: ['binary'], micro: ALL_TARGETS, macro: ALL_TARGETS, weighted: ALL_TARGETS, samples: ['multilabel'] },
  perLabel: ALL_TARGETS,
  range: UNIT,
};
const label = { needs: 'labels', confidenceScore: false } as const;
const score = { needs: 'scores', confidenceScore: false, targets: LABEL_TARGETS, compare: 'score', defaultFor: [] } as const;

/**
 * Every metric a metrics or cross-validation check can include, in the order the suite schema lists
 * them: what it needs, its targets, figures, intervals and defaults. Every other list of metrics
 * (MetricName, the score metrics, the comparable roots, the gate catalog, the defaults) is derived
 * from it; schemas/suite.schema.json's `metricName` enum must equal METRIC_NAMES (a test checks).
 * @example METRIC_TABLE.ece.figures // { ece: …, mce: … }
 */
export const METRIC_TABLE = {
  accuracy: { ...label, targets: ALL_TARGETS, figures: { accuracy: bare() }, intervals: ['wilson'], compare: 'confusion', lowerIsBetter: false, defaultFor: ALL_TARGETS },
  balanced_accuracy: {
    ...label,
    targets: LABEL_TARGETS,
    // adjusted: (s − 1/K)/(1 − 1/K), whose least value depends on K (see figureRange).
    figures: { balanced_accuracy: { bare: true, segments: { adjusted: LABEL_TARGETS }, perLabel: [], range: UNIT } },
    intervals: ['bootstrap'],
    compare: 'confusion',
    lowerIsBetter: false,
    defaultFor: LABEL_TARGETS,
  },
  precision: { ...label, targets: ALL_TARGETS, figures: { precision: PRF }, intervals: ['wilson', 'bootstrap'], compare: 'confusion', lowerIsBetter: false, defaultFor: ALL_TARGETS },
  recall: { ...label, targets: ALL_TARGETS, figures: { recall: PRF }, intervals: ['wilson', 'bootstrap'], compare: 'confusion', lowerIsBetter: false, defaultFor: ALL_TARGETS },
  f1: { ...label, targets: ALL_TARGETS, figures: { f1: PRF }, intervals: ['bootstrap'], compare: 'confusion', lowerIsBetter: false, defaultFor: ALL_TARGETS },
  fbeta: { ...label, targets: ALL_TARGETS, figures: { fbeta: PRF }, intervals: ['bootstrap'], compare: 'none', lowerIsBetter: false, defaultFor: [], option: { name: 'beta', default: 1 } },
  mcc: { ...label, targets: LABEL_TARGETS, figures: { mcc: bare([-1, 1]) }, intervals: ['bootstrap'], compare: 'confusion', lowerIsBetter: false, defaultFor: LABEL_TARGETS },
  kappa: {
    ...label,
    targets: LABEL_TARGETS,
    figures: { kappa: { bare: true, segments: { linear: LABEL_TARGETS, quadratic: LABEL_TARGETS }, perLabel: [], range: [-1, 1] } },
    intervals: ['bootstrap'],
    compare: 'confusion',
    lowerIsBetter: false,
    defaultFor: LABEL_TARGETS,
  },
  hamming_loss: { ...label, targets: ALL_TARGETS, figures: { hamming_loss: bare() }, intervals: ['wilson', 'bootstrap'], compare: 'confusion', lowerIsBetter: true, defaultFor: ['multilabel'] },
  top_k_accuracy: {
    needs: 'probabilities',
    confidenceScore: false,
    targets: ['multiclass'],
    figures: { top_k_accuracy: bare() },
    intervals: ['wilson'],
    compare: 'none',
    lowerIsBetter: false,
    defaultFor: [],
    option: { name: 'top_k', default: 2 },
  },
  roc_auc: {
    ...score,
    figures: { roc_auc: { bare: true, segments: { macro: ['multiclass'], weighted: ['multiclass'], ovo: ['multiclass'] }, perLabel: ['multiclass'], notCompared: ['ovo'], range: UNIT } },
    intervals: ['delong', 'bootstrap'],
    lowerIsBetter: false,
  },
  average_precision: {
    ...score,
    figures: { average_precision: { bare: true, segments: { macro: ['multiclass'], micro: ['multiclass'], weighted: ['multiclass'] }, perLabel: ['multiclass'], notCompared: ['micro'], range: UNIT } },
    intervals: ['bootstrap'],
    lowerIsBetter: false,
  },
  log_loss: { ...score, figures: { log_loss: bare([0, Infinity]) }, intervals: ['normal'], lowerIsBetter: true },
  brier: { ...score, figures: { brier: { ...bare([0, 2]), binaryRange: UNIT } }, intervals: ['normal'], lowerIsBetter: true },
  ece: { ...score, confidenceScore: true, figures: { ece: bare(), mce: bare() }, intervals: ['bootstrap'], lowerIsBetter: true, option: { name: 'bins', default: 15 } },
} as const satisfies Record<string, MetricDefinition>;

/** A metric name a metrics or cross-validation check accepts: a key of {@link METRIC_TABLE}. */
export type MetricName = keyof typeof METRIC_TABLE;

/** The metric names in table order (the suite schema's order). @example METRIC_NAMES[0] // 'accuracy' */
export const METRIC_NAMES = Object.keys(METRIC_TABLE) as readonly MetricName[];

/** A metric's definition, typed as the interface (for code that loops over metrics). O(1). */
export function metricDefinition(name: MetricName): MetricDefinition {
  return METRIC_TABLE[name];
}

/**
 * The figures every metrics check produces, whatever its metrics: `n` (the examples scored) and
 * `support.LABEL` (the true examples of each reported label).
 */
export const CHECK_FIGURES: Readonly<Record<'n' | 'support', FigureShape>> = {
  n: bare([0, Infinity]),
  support: { bare: false, segments: {}, perLabel: ALL_TARGETS, range: [0, Infinity] },
};

/**
 * The metrics check's defaults for the options a suite may leave out (and that `evalgate score` and
 * cross-validation use): scikit-learn's zero_division `warn`, the metrics' own options from the table
 * (beta 1, top_k 2, bins 15), 95% intervals and 1000 bootstrap resamples.
 */
export const METRICS_CHECK_DEFAULTS: { readonly zeroDivision: ZeroDivision; readonly beta: number; readonly topK: number; readonly bins: number; readonly confidence: number; readonly bootstrap: number } = {
  zeroDivision: 'warn',
  beta: METRIC_TABLE.fbeta.option.default,
  topK: METRIC_TABLE.top_k_accuracy.option.default,
  bins: METRIC_TABLE.ece.option.default,
  confidence: 0.95,
  bootstrap: 1000,
};
