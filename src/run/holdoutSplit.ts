import { holdout } from '../cv/holdout.js';
import type { Example } from '../data/example.js';
import type { Label } from '../metrics/types.js';
import type { Model, TrainingExample } from '../models/model.js';
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

/**
 * The model a suite's checks score: fitted on the holdout's training rows when there is a split and
 * the model can be trained (the test rows are then the rest), else the model itself on every row.
 */
export async function scoredModel(model: Model, examples: readonly Example[], split: { train: Uint32Array; test: Uint32Array } | undefined): Promise<{ scored: Model; testRows: readonly Example[] }> {
  if (!split || !model.fit) return { scored: model, testRows: examples };
  const train: TrainingExample[] = Array.from(split.train, (i) => ({ input: examples[i].input, label: examples[i].label as Label }));
  return { scored: await model.fit(train), testRows: Array.from(split.test, (i) => examples[i]) };
}
