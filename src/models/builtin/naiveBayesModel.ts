import type { Label } from '../../metrics/types.js';
import type { Model, ModelIdentity, Prediction, TrainingExample } from '../model.js';
import { checkParams, describeValue } from './builtinParams.js';
import { CountVectorizer } from './countVectorizer.js';
import { DocumentCounts } from './documentCounts.js';
import { DEFAULT_VECTORIZER_OPTIONS, resolveVectorizerOptions, type VectorizerOptions } from './vectorizerOptions.js';
import { argmaxRows, fitMultinomialNB, jointLogLikelihood, probabilitiesFromJoint, type MultinomialNBState } from './multinomialNB.js';
import { encodeTrainingLabels } from './trainingLabels.js';
import { trainingFingerprint } from '../trainingFingerprint.js';

/** Parameters of `builtin:naive-bayes`: `CountVectorizer` options plus MultinomialNB's `alpha`. */
export interface NaiveBayesParams extends VectorizerOptions {
  /** Additive smoothing (force_alpha=True: used as given, 0 allowed). Default 1. */
  alpha: number;
}

const NAME = 'builtin:naive-bayes';
const DEFAULTS: NaiveBayesParams = { alpha: 1, ...DEFAULT_VECTORIZER_OPTIONS };
const KEYS = Object.keys(DEFAULTS);

function resolveParams(raw: unknown): NaiveBayesParams {
  const p = { ...DEFAULTS, ...checkParams(NAME, raw, KEYS) } as NaiveBayesParams;
  const bad = (key: string, want: string): never => {
    throw new Error(`${NAME}: ${key} must be ${want} (got ${describeValue((p as unknown as Record<string, unknown>)[key])})`);
  };
  if (typeof p.alpha !== 'number' || !(p.alpha >= 0 && p.alpha < Infinity)) bad('alpha', 'a finite number >= 0');
  if (typeof p.lowercase !== 'boolean') bad('lowercase', 'true or false');
  if (typeof p.binary !== 'boolean') bad('binary', 'true or false');
  if (p.stripAccents !== null && p.stripAccents !== 'unicode' && p.stripAccents !== 'ascii') bad('stripAccents', '"unicode", "ascii" or null');
  if (typeof p.tokenPattern !== 'string') bad('tokenPattern', 'a string (a Python regular expression)');
  const ng = p.ngramRange as unknown;
  if (!Array.isArray(ng) || ng.length !== 2 || !ng.every((v) => Number.isInteger(v) && v >= 1)) bad('ngramRange', 'two integers >= 1, [min, max]');
  if (typeof p.minDf !== 'number') bad('minDf', 'a number');
  if (typeof p.maxDf !== 'number') bad('maxDf', 'a number');
  try {
    resolveVectorizerOptions(p);
  } catch (e) {
    throw new Error(`${NAME}: ${(e as Error).message}`);
  }
  return { ...p, ngramRange: (ng as number[]).slice() as [number, number] };
}

/**
 * The embedded default model: scikit-learn's `make_pipeline(CountVectorizer(...), MultinomialNB(alpha))`
 * on text inputs. Returns an unfitted Model whose `predict` rejects until `fit(examples)` returns a
 * fitted one (a new Model; nothing is mutated). A fitted model predicts `label` (argmax, the first
 * class in sorted order on a tie) and `probabilities` keyed by label (predict_proba); a non-string
 * input gets a Prediction with `error`. Identity: `builtin:naive-bayes`, version '1', the resolved
 * parameters, plus `fittedOn` (training fingerprint) once fitted. Cost: fit O(tokens + K·V), predict
 * O(tokens + nnz·K); a model and every model fitted from it share one {@link DocumentCounts}, so
 * refitting on overlapping data (cross-validation folds) analyzes each distinct text once (the
 * training texts stay cached while any model of the lineage is alive); predictions are identical
 * to a fresh model's. Throws for unknown or invalid parameters; fit rejects for empty training data,
 * non-string inputs, list labels (multi-label is not supported) and an empty vocabulary.
 * @example (await (await naiveBayesModel().fit!([{ input: 'good day', label: 'pos' }])).predict(['good']))[0].label // 'pos'
 */
export function naiveBayesModel(params?: Record<string, unknown>): Model {
  const p = resolveParams(params);
  const { alpha: _alpha, ...vectorizerOptions } = p;
  const analyses = new DocumentCounts(resolveVectorizerOptions(vectorizerOptions));
  return {
    identity: { name: NAME, version: '1', parameters: { ...p, ngramRange: [...p.ngramRange] } },
    async predict(): Promise<Prediction[]> {
      throw new Error(`${NAME} is not fitted: call fit(examples) and predict with the model it returns`);
    },
    fit: async (examples) => fitNaiveBayes(p, analyses, examples),
  };
}

function fitNaiveBayes(p: NaiveBayesParams, analyses: DocumentCounts, examples: readonly TrainingExample[]): Model {
  const { classes, y } = encodeTrainingLabels(examples, NAME);
  const docs = examples.map((e, i) => {
    if (typeof e.input !== 'string') throw new Error(`${NAME}: training example ${i} input must be a string (got ${describeValue(e.input)})`);
    return e.input;
  });
  let fitted: ReturnType<typeof CountVectorizer.fitTransform>;
  try {
    fitted = CountVectorizer.fitTransform(docs, analyses);
  } catch (e) {
    throw new Error(`${NAME}: ${(e as Error).message}`);
  }
  const { vectorizer, rows } = fitted;
  const state = fitMultinomialNB(rows, y, classes.length, vectorizer.terms.length, p.alpha);
  // The fingerprint hashes every training text (~50 ms for 30 MB): computed when the identity is
  // first read (cross-validation folds' models are never asked), over a copy taken now.
  const trainedOn = examples.map((e) => ({ input: e.input, label: e.label }));
  let identity: ModelIdentity | undefined;
  const identify = (): ModelIdentity =>
    (identity ??= { name: NAME, version: '1', parameters: { ...p, ngramRange: [...p.ngramRange], fittedOn: trainingFingerprint(trainedOn) } });
  return fittedModel(p, analyses, identify, classes, vectorizer, state);
}

function fittedModel(p: NaiveBayesParams, analyses: DocumentCounts, identify: () => ModelIdentity, classes: Label[], vectorizer: CountVectorizer, state: MultinomialNBState): Model {
  const keys = classes.map(String);
  const K = classes.length;
  return {
    get identity() {
      return identify();
    },
    classes,
    async predict(inputs: readonly unknown[]): Promise<Prediction[]> {
      const out: Prediction[] = new Array(inputs.length);
      const docs: string[] = [];
      const where: number[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const x = inputs[i];
        if (typeof x === 'string') {
          docs.push(x);
          where.push(i);
        } else out[i] = { error: `${NAME} classifies text: input must be a string (got ${describeValue(x)})` };
      }
      const jll = jointLogLikelihood(state, vectorizer.transform(docs));
      const best = argmaxRows(jll, K);
      const proba = probabilitiesFromJoint(jll, K);
      for (let r = 0; r < docs.length; r++) {
        const probabilities: Record<string, number> = {};
        for (let k = 0; k < K; k++) probabilities[keys[k]] = proba[r * K + k];
        out[where[r]] = { label: classes[best[r]], probabilities };
      }
      return out;
    },
    fit: async (examples) => fitNaiveBayes(p, analyses, examples),
  };
}
