import { RandomState } from './randomState.js';
import type { KFoldOptions, Seed, SplitWarning } from './splitTypes.js';

/** scikit-learn's message when a seed is given to a splitter that does not shuffle. */
export const SEED_WITHOUT_SHUFFLE =
  'Setting a random_state has no effect since shuffle is False. You should leave random_state to ' +
  'its default (None), or set shuffle=True.';

import { pyFloatRepr } from '../stats/pyFloatRepr.js';
export { pyFloatRepr };

/**
 * Validates the k-fold options as scikit-learn's `_BaseKFold.__init__` does, in its order:
 * integral folds, folds ≥ 2, boolean shuffle, no seed without shuffle; and (ours) a seed when
 * shuffling, since there is no global random state. Returns the fold count and shuffle flag. O(1).
 * Throws scikit-learn's messages.
 */
export function checkKFoldOptions(opts: KFoldOptions): { k: number; shuffle: boolean } {
  const k = opts.folds ?? 5;
  if (typeof k !== 'number' || !Number.isInteger(k)) {
    const shown = typeof k === 'number' ? pyFloatRepr(k) : String(k);
    const type = typeof k === 'number' ? 'float' : typeof k === 'string' ? 'str' : typeof k;
    throw new Error(`The number of folds must be of Integral type. ${shown} of type <class '${type}'> was passed.`);
  }
  if (k <= 1) {
    throw new Error(
      `k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits=${k}.`,
    );
  }
  const shuffle = opts.shuffle ?? false;
  if (typeof shuffle !== 'boolean') throw new Error(`shuffle must be True or False; got ${String(shuffle)}`);
  if (!shuffle && opts.seed !== undefined) throw new Error(SEED_WITHOUT_SHUFFLE);
  if (shuffle && opts.seed === undefined) {
    throw new Error('shuffle=true needs a seed (an integer or a RandomState): there is no global random state');
  }
  return { k, shuffle };
}

/** scikit-learn's `_BaseKFold.split` check: at most one fold per sample. Throws its message. O(1). */
export function checkSplitsVsSamples(k: number, n: number): void {
  if (k > n) {
    throw new Error(`Cannot have number of splits n_splits=${k} greater than the number of samples: n_samples=${n}.`);
  }
}

/**
 * The generator a seed stands for, as scikit-learn's `check_random_state`: a fresh
 * `RandomState(seed)` for an integer, the instance itself otherwise (its stream continues).
 * Throws the RandomState seed error for an integer outside [0, 2^32 − 1]. O(1).
 */
export function rngFrom(seed: Seed): RandomState {
  return typeof seed === 'number' ? new RandomState(seed) : seed;
}

/** scikit-learn's `check_array` message for an empty y (or groups). */
export const EMPTY_Y = 'Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.';

/**
 * The stratified splitters' class-count rules: every class smaller than k throws scikit-learn's
 * message; the smallest class below k gives its warning. O(classes).
 */
export function checkClassCounts(counts: Int32Array, k: number): SplitWarning[] {
  let min = Infinity;
  let max = 0;
  for (const c of counts) {
    if (c < min) min = c;
    if (c > max) max = c;
  }
  if (max < k) throw new Error(`n_splits=${k} cannot be greater than the number of members in each class.`);
  if (min < k) {
    return [{
      code: 'least-populated-class',
      message: `The least populated class in y has only ${min} members, which is less than n_splits=${k}.`,
    }];
  }
  return [];
}
