import { figureShape } from './metricLists.js';
import type { FigureRange } from './metricTable.js';
export type { FigureRange } from './metricTable.js';

/**
 * The range of a metrics figure named as in results.json (`f1.macro`, `recall.spam`, `kappa.linear`,
 * `brier`), from its metric's definition: proportions, F-scores, AUC, AP, ECE in [0, 1]; MCC and
 * kappa in [−1, 1]; `balanced_accuracy.adjusted` at most 1 (its least value depends on the number
 * of classes); log loss ≥ 0; Brier in [0, 1] for binary data, [0, 2] otherwise (summed over
 * classes); counts (`n`, `support.LABEL`) ≥ 0; ranges from METRIC_TABLE. Unknown figures are unbounded. O(metrics).
 * @example figureRange('mcc') // [-1, 1]
 */
export function figureRange(name: string, target: 'binary' | 'multiclass' | 'multilabel' = 'multiclass'): FigureRange {
  if (name === 'balanced_accuracy.adjusted') return [-Infinity, 1];
  const shape = figureShape(name.split('.')[0]);
  if (!shape) return [-Infinity, Infinity];
  return (target === 'binary' ? shape.binaryRange : undefined) ?? shape.range;
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
