/** The range [low, high] a figure's value can take; ±Infinity where it is unbounded. */
export type FigureRange = readonly [number, number];

const UNIT: FigureRange = [0, 1];
const RANGES: Record<string, FigureRange> = {
  accuracy: UNIT,
  precision: UNIT,
  recall: UNIT,
  f1: UNIT,
  fbeta: UNIT,
  balanced_accuracy: UNIT,
  hamming_loss: UNIT,
  roc_auc: UNIT,
  average_precision: UNIT,
  top_k_accuracy: UNIT,
  ece: UNIT,
  mce: UNIT,
  mcc: [-1, 1],
  kappa: [-1, 1],
  log_loss: [0, Infinity],
};

/**
 * The range of a metrics figure named as in results.json (`f1.macro`, `recall.spam`, `kappa.linear`,
 * `brier`), from its metric's definition: proportions, F-scores, AUC, AP, ECE in [0, 1]; MCC and
 * kappa in [−1, 1]; `balanced_accuracy.adjusted` at most 1 (its least value depends on the number
 * of classes); log loss ≥ 0; Brier in [0, 1] for binary data, [0, 2] otherwise (summed over
 * classes). Unknown figures are unbounded. O(1).
 * @example figureRange('mcc') // [-1, 1]
 */
export function figureRange(name: string, target: 'binary' | 'multiclass' | 'multilabel' = 'multiclass'): FigureRange {
  const metric = name.split('.')[0];
  if (name === 'balanced_accuracy.adjusted') return [-Infinity, 1];
  if (metric === 'brier') return [0, target === 'binary' ? 1 : 2];
  return RANGES[metric] ?? [-Infinity, Infinity];
}

/**
 * An interval clipped to a figure's range (a Student-t interval across folds ignores the bounds:
 * 1.0253 for an F1). NaN bounds stay NaN. O(1).
 * @example clipToRange(0.97, 1.0253, [0, 1]) // [0.97, 1]
 */
export function clipToRange(low: number, high: number, range: FigureRange): [number, number] {
  const clip = (v: number) => (Number.isNaN(v) ? v : Math.min(range[1], Math.max(range[0], v)));
  return [clip(low), clip(high)];
}
