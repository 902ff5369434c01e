import { rngFrom } from './splitChecks.js';
import { checkSizeParam, shuffleSplitSizes } from './splitShuffleSizes.js';
import { stratifiedShuffleSplit } from './splitStratifiedShuffle.js';
import type { Fold, Label, Seed, SplitResult } from './splitTypes.js';

/** Options of {@link holdout}, named after `train_test_split`'s. */
export interface HoldoutOptions {
  /** Test share: an integer ≥ 1 is a count, a non-integer in (0, 1) a fraction. Default 0.25 (when trainSize is unset too). */
  testSize?: number;
  /** Train share, read like testSize. Default: the rest. */
  trainSize?: number;
  /** Shuffle before splitting (default true, as train_test_split); needs `seed`. */
  shuffle?: boolean;
  /** Randomness for the shuffle; ignored when shuffle is false (as train_test_split does). */
  seed?: Seed;
  /** Keep the class proportions of the labels passed as the first argument (needs shuffle). */
  stratify?: boolean;
}

/**
 * A single train/test split, exactly scikit-learn 1.9's `train_test_split(np.arange(n),
 * test_size, train_size, shuffle, random_state, stratify)`: sizes by `_validate_shuffle_split`
 * (fractions: ⌈f·n⌉ test, ⌊f·n⌋ train); without shuffle the first nTrain rows train and the next
 * nTest test; with shuffle `ShuffleSplit` (test = permutation(n)[:nTest], train = the next nTrain)
 * or, with stratify, `StratifiedShuffleSplit`. Indices are in scikit-learn's order: shuffled
 * splits are NOT sorted (sort them if you need ascending). Returns one fold. Cost O(n).
 * Throws scikit-learn's messages (sizes out of range, fractions summing above 1, an empty train
 * set, stratify without shuffle, a class with one member, fewer test or train samples than
 * classes, NaN labels); and when shuffling without a seed or stratifying without labels.
 * @example holdout(4, { testSize: 1, shuffle: false }).folds[0].test // Uint32Array [3]
 */
export function holdout(data: number | readonly Label[], opts: HoldoutOptions = {}): SplitResult {
  checkSizeParam('test_size', opts.testSize);
  checkSizeParam('train_size', opts.trainSize);
  const shuffle = opts.shuffle ?? true;
  if (typeof shuffle !== 'boolean') throw new Error(`shuffle must be true or false (got ${String(shuffle)})`);
  const labels = typeof data === 'number' ? undefined : data;
  const n = typeof data === 'number' ? data : data.length;
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`n must be a non-negative integer below 2**32 (got ${n})`);
  const [nTrain, nTest] = shuffleSplitSizes(n, opts.testSize, opts.trainSize, 0.25);
  let fold: Fold;
  if (!shuffle) {
    if (opts.stratify) throw new Error('Stratified train/test split is not implemented for shuffle=False');
    const train = new Uint32Array(nTrain);
    const test = new Uint32Array(nTest);
    for (let i = 0; i < nTrain; i++) train[i] = i;
    for (let i = 0; i < nTest; i++) test[i] = nTrain + i;
    fold = { train, test };
  } else {
    if (opts.seed === undefined) throw new Error('shuffle=true needs a seed (an integer or a RandomState): there is no global random state');
    const rng = rngFrom(opts.seed);
    if (opts.stratify) {
      if (labels === undefined) throw new Error('stratify needs the labels: pass y as the first argument instead of n');
      fold = stratifiedShuffleSplit(labels, nTrain, nTest, rng);
    } else {
      const perm = rng.permutation(n);
      fold = { train: perm.slice(nTest, nTest + nTrain), test: perm.slice(0, nTest) };
    }
  }
  return { folds: [fold], warnings: [] };
}
