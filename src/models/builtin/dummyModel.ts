import type { Label } from '../../metrics/types.js';
import type { Model, ModelIdentity, Prediction, TrainingExample } from '../model.js';
import { checkParams, describeValue } from './builtinParams.js';
import { classPriors, majorityIndex, stratifiedDraws } from './dummyClassifier.js';
import { encodeTrainingLabels } from './trainingLabels.js';
import { trainingFingerprint } from '../trainingFingerprint.js';

/** The naive baselines: scikit-learn `DummyClassifier` strategies. */
export type DummyKind = 'majority' | 'stratified';

interface Resolved {
  name: string;
  params: Record<string, unknown>;
}

function resolve(kind: DummyKind, raw: unknown): Resolved {
  const name = `builtin:${kind}`;
  if (kind === 'majority') {
    const p = { probabilities: 'one-hot', ...checkParams(name, raw, ['probabilities']) };
    if (p.probabilities !== 'one-hot' && p.probabilities !== 'prior') {
      throw new Error(`${name}: probabilities must be "one-hot" (strategy most_frequent) or "prior" (strategy prior) (got ${describeValue(p.probabilities)})`);
    }
    return { name, params: p };
  }
  const p = { seed: 0, ...checkParams(name, raw, ['seed']) };
  if (typeof p.seed !== 'number' || !Number.isInteger(p.seed) || p.seed < 0 || p.seed > 0xffffffff) {
    throw new Error(`${name}: seed must be an integer between 0 and 2**32 - 1 (got ${describeValue(p.seed)})`);
  }
  return { name, params: p };
}

/**
 * A naive baseline as scikit-learn's `DummyClassifier`; inputs are ignored. `majority` =
 * strategy 'most_frequent' (predicts the most frequent training class, first in sorted order on a
 * tie; probabilities one-hot) or, with `probabilities: 'prior'`, strategy 'prior' (same label,
 * probabilities = class priors). `stratified` = strategy 'stratified' with random_state=`seed`
 * (default 0): each predict call draws like sklearn's `predict` on that batch, from a fresh
 * `RandomState(seed)` (so the draw for an input depends on its position in the batch, not on the
 * input); probabilities are the one-hot draws. Returns an unfitted Model whose `predict` rejects
 * until `fit` returns a fitted one. Cost: fit O(n), predict O(batch · K). Throws for unknown or
 * invalid parameters; fit rejects for no examples or list labels.
 * @example (await (await dummyModel('majority').fit!([{ input: 1, label: 'a' }])).predict([0]))[0] // { label: 'a', probabilities: { a: 1 } }
 */
export function dummyModel(kind: DummyKind, params?: Record<string, unknown>): Model {
  const r = resolve(kind, params);
  return {
    identity: { name: r.name, version: '1', parameters: { ...r.params } },
    async predict(): Promise<Prediction[]> {
      throw new Error(`${r.name} is not fitted: call fit(examples) and predict with the model it returns`);
    },
    fit: async (examples) => fitDummy(kind, r, examples),
  };
}

function fitDummy(kind: DummyKind, r: Resolved, examples: readonly TrainingExample[]): Model {
  const { classes, y } = encodeTrainingLabels(examples, r.name);
  const priors = classPriors(y, classes.length);
  const keys = classes.map(String);
  const identity: ModelIdentity = { name: r.name, version: '1', parameters: { ...r.params, fittedOn: trainingFingerprint(examples) } };
  const oneHot = (k: number): Record<string, number> => Object.fromEntries(keys.map((key, j) => [key, j === k ? 1 : 0]));
  const predictions = (indices: ArrayLike<number>, proba?: Record<string, number>): Prediction[] =>
    Array.from(indices, (k): Prediction => ({ label: classes[k] as Label, probabilities: proba ? { ...proba } : oneHot(k) }));
  const fitted: Model = {
    identity,
    classes,
    async predict(inputs: readonly unknown[]): Promise<Prediction[]> {
      if (kind === 'stratified') return predictions(stratifiedDraws(priors, inputs.length, r.params.seed as number));
      const best = majorityIndex(priors);
      const proba = r.params.probabilities === 'prior' ? Object.fromEntries(keys.map((key, j) => [key, priors[j]])) : undefined;
      return predictions(new Array<number>(inputs.length).fill(best), proba);
    },
    fit: async (more) => fitDummy(kind, r, more),
  };
  return fitted;
}
