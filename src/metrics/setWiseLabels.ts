import { numpyArrayStr, pyFloatRepr, pyRepr, pyStr } from './pyFormat.js';
import type { TargetType } from './typeOfTarget.js';
import type { Average, Label, MetricWarning } from './types.js';

const AVERAGES: readonly Average[] = ['binary', 'micro', 'macro', 'weighted', 'samples', null];

/** Warning code of sklearn's "pos_label is ignored" `UserWarning`. */
export const POS_LABEL_IGNORED = 'pos-label-ignored';

/** Throws sklearn's parameter-validation message for an unknown `average`. */
export function checkAverage(average: unknown, fn = 'precision_recall_fscore_support'): Average {
  if (!AVERAGES.includes(average as Average)) {
    throw new Error(
      `The 'average' parameter of ${fn} must be a str among {'binary', 'macro', 'micro', 'samples', 'weighted'} or None. Got ${typeof average === 'string' ? pyRepr(average) : String(average)} instead.`,
    );
  }
  return average as Average;
}

/** Throws sklearn's parameter-validation message for a negative or NaN `beta`. */
export function checkBeta(beta: number, fn = 'precision_recall_fscore_support'): number {
  if (typeof beta !== 'number' || !(beta >= 0)) {
    throw new Error(`The 'beta' parameter of ${fn} must be a float in the range [0.0, inf]. Got ${typeof beta === 'number' ? pyFloatRepr(beta) : String(beta)} instead.`);
  }
  return beta;
}

/**
 * sklearn's `_check_set_wise_labels`: for `average: 'binary'` the labels become `[posLabel]`
 * (errors on multiclass/multilabel targets and on a pos_label that is not one of two present
 * labels); otherwise `labels` is kept and a pos_label other than 1/null draws a warning. O(K).
 *
 * @example resolveSetWiseLabels('binary', [0, 1], 'binary', null, 1, []) // [1]
 */
export function resolveSetWiseLabels(
  type: TargetType,
  present: readonly Label[],
  average: Average,
  labels: readonly Label[] | null | undefined,
  posLabel: Label | null | undefined,
  warnings: MetricWarning[],
): Label[] | null {
  const pos = posLabel === undefined ? 1 : posLabel;
  if (average === 'binary') {
    if (type === 'binary') {
      if (pos === null || (!present.includes(pos) && present.length >= 2)) {
        throw new Error(
          `pos_label=${pos === null ? 'None' : pyStr(pos)} is not a valid label. It should be one of ${numpyArrayStr(present)}`,
        );
      }
      return [pos];
    }
    const options =
      type === 'multiclass' ? "[None, 'micro', 'macro', 'weighted']" : "[None, 'micro', 'macro', 'weighted', 'samples']";
    throw new Error(`Target is ${type} but average='binary'. Please choose another average setting, one of ${options}.`);
  }
  if (pos !== null && pos !== 1) {
    warnings.push({
      code: POS_LABEL_IGNORED,
      message:
        `Note that pos_label (set to ${pyRepr(pos)}) is ignored when average != 'binary' (got ${pyRepr(average)}). ` +
        'You may use labels=[pos_label] to specify a single positive class.',
    });
  }
  return labels == null ? null : labels.slice();
}
