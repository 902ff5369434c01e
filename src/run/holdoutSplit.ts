import { holdout } from '../cv/holdout.js';
import type { Example } from '../data/example.js';
import type { Label } from '../metrics/types.js';
import { InvalidInputError } from '../problem.js';
import type { Suite } from '../suite/types.js';

/**
 * The suite's holdout split of its examples (scikit-learn's train_test_split with the suite's seed,
 * stratified by label unless the data is multi-label or `data.stratify` is false), as row indices;
 * undefined without `data.holdout`. Throws InvalidInputError when the split is impossible.
 */
export function holdoutSplit(suite: Suite, examples: readonly Example[]): { train: Uint32Array; test: Uint32Array } | undefined {
  if (suite.data.holdout === undefined) return undefined;
  const y = examples.map((e) => e.label as Label);
  const stratify = (suite.data.stratify ?? true) && !y.some((l) => Array.isArray(l));
  try {
    return holdout(stratify ? y : examples.length, { testSize: suite.data.holdout, shuffle: true, seed: suite.seed, stratify }).folds[0];
  } catch (e) {
    throw new InvalidInputError([{ code: 'bad-holdout', file: suite.file, path: ['data', 'holdout'], message: `${(e as Error).message} (${suite.data.displayPath} has ${examples.length} rows)` }]);
  }
}
