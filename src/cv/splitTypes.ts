import type { RandomState } from './randomState.js';

/**
 * A class or group label: a string or a number. The same type as `Label` in
 * src/metrics/types.ts, declared again here because src/cv sits below src/metrics in DESIGN.md's
 * layers and may not import from it.
 */
export type Label = string | number;

/**
 * A soft problem a splitter reports instead of failing (scikit-learn's `UserWarning`); the same
 * shape as `MetricWarning` in src/metrics/types.ts. Codes: `least-populated-class`.
 */
export interface SplitWarning {
  code: string;
  message: string;
}

/** One train/test split: row indices into the data, as scikit-learn yields them. */
export interface Fold {
  train: Uint32Array;
  test: Uint32Array;
}

/** What every splitter returns: the splits in scikit-learn's order and the warnings raised. */
export interface SplitResult {
  folds: Fold[];
  warnings: SplitWarning[];
}

/**
 * Randomness for shuffling: an integer seed in [0, 2^32 − 1] (a fresh `RandomState(seed)`, as
 * scikit-learn's `random_state=int`) or a `RandomState` whose stream continues (as passing a
 * `np.random.RandomState` instance).
 */
export type Seed = number | RandomState;

/** Options shared by the k-fold splitters. */
export interface KFoldOptions {
  /** Number of folds (scikit-learn `n_splits`), an integer ≥ 2. Default 5. */
  folds?: number;
  /** Shuffle before splitting (default false); needs `seed`. */
  shuffle?: boolean;
  /** Randomness for `shuffle`; an error when given with `shuffle` false, as scikit-learn. */
  seed?: Seed;
}
