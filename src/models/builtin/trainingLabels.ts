import type { Label } from '../../metrics/types.js';
import { sortLabels } from '../../metrics/sortLabels.js';
import type { TrainingExample } from '../model.js';

/** Training labels as scikit-learn sees them: the sorted classes (`np.unique`) and each example's class index. */
export interface EncodedLabels {
  classes: Label[];
  y: Int32Array;
}

/**
 * Encodes the single labels of training examples: classes sorted as `np.unique` (numbers
 * numerically, strings by code point), y[i] = index of example i's class. Multi-label training
 * (a list of labels) is rejected: the built-in models are single-label classifiers and one-vs-rest
 * is not offered. Cost O(n + K log K). Throws, naming `model`, for no examples, a list label, a label
 * that is neither a string nor a number, and strings mixed with numbers.
 * @example encodeTrainingLabels([{ input: 'x', label: 'b' }, { input: 'y', label: 'a' }], 'm').y // Int32Array [1, 0]
 */
export function encodeTrainingLabels(examples: readonly TrainingExample[], model: string): EncodedLabels {
  if (examples.length === 0) throw new Error(`${model}: cannot fit on 0 training examples`);
  const labels: Label[] = new Array(examples.length);
  for (let i = 0; i < examples.length; i++) {
    const l = examples[i].label;
    if (Array.isArray(l)) {
      throw new Error(`${model}: training example ${i} has a list of labels; multi-label training (one-vs-rest) is not supported, give each example exactly one label`);
    }
    if (typeof l !== 'string' && typeof l !== 'number') {
      throw new Error(`${model}: training example ${i} has no usable label (expected a string or a number, got ${l === null ? 'null' : typeof l})`);
    }
    labels[i] = l;
  }
  let classes: Label[];
  try {
    classes = sortLabels(labels);
  } catch (e) {
    throw new Error(`${model}: ${(e as Error).message} in the training labels`);
  }
  const index = new Map<Label, number>(classes.map((c, k) => [c, k]));
  const y = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) y[i] = index.get(labels[i]) as number;
  return { classes, y };
}
