import type { Model } from '../model.js';
import { dummyModel } from './dummyModel.js';
import { naiveBayesModel } from './naiveBayesModel.js';

/** The models embedded in evalgate. */
export type BuiltinModelName = 'naive-bayes' | 'majority' | 'stratified';

/** The names {@link createBuiltinModel} accepts, in documentation order. */
export const BUILTIN_MODEL_NAMES: readonly BuiltinModelName[] = ['naive-bayes', 'majority', 'stratified'];

/**
 * Creates an unfitted built-in model: `naive-bayes` (CountVectorizer + MultinomialNB, see
 * naiveBayesModel), `majority` and `stratified` (DummyClassifier baselines, see dummyModel). Its
 * `predict` rejects until `fit(examples)` returns the fitted Model. Identity
 * `{ name: 'builtin:<name>', version: '1', parameters }` with every default filled in. O(1) (plus
 * compiling a custom token pattern). Throws for an unknown name and for unknown or invalid parameters.
 * @example createBuiltinModel('majority').identity // { name: 'builtin:majority', version: '1', parameters: { probabilities: 'one-hot' } }
 */
export function createBuiltinModel(name: BuiltinModelName, params?: Record<string, unknown>): Model {
  switch (name) {
    case 'naive-bayes':
      return naiveBayesModel(params);
    case 'majority':
    case 'stratified':
      return dummyModel(name, params);
    default:
      throw new Error(`unknown builtin model ${JSON.stringify(name)} (expected one of: ${BUILTIN_MODEL_NAMES.join(', ')})`);
  }
}
