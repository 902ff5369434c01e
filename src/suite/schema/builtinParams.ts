import { Type } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';

/** `$defs/naiveBayesParams`: `params` of `builtin: naive-bayes`. */
export const NaiveBayesParams = def(
  'naiveBayesParams',
  Type.Object(
    {
      alpha: Type.Optional(Type.Number({ minimum: 0, description: 'Additive smoothing (force_alpha: 0 is used as given). Default 1.' })),
      ngram_range: Type.Optional(
        Type.Array(Type.Integer({ minimum: 1 }), { minItems: 2, maxItems: 2, description: '[min, max] word n-gram lengths. Default [1, 1].' }),
      ),
      lowercase: Type.Optional(Type.Boolean({ description: 'Lowercase before tokenizing. Default true.' })),
      binary: Type.Optional(Type.Boolean({ description: 'Count 1 for any term present. Default false.' })),
      strip_accents: Type.Optional(enumOf(['unicode', 'ascii', null], { description: 'Remove accents: unicode, ascii, or null (default).' })),
      token_pattern: Type.Optional(Type.String({ description: 'A Python regular expression for tokens. Default (?u)\\b\\w\\w+\\b.' })),
      min_df: Type.Optional(
        Type.Number({
          minimum: 0,
          description: 'Drop terms in fewer documents: an integer is a count, a value in (0, 1) a proportion. Default 1.',
        }),
      ),
      max_df: Type.Optional(
        Type.Number({
          minimum: 0,
          description: 'Drop terms in more documents: a value in [0, 1] is a proportion, an integer >= 2 a count. Default 1.',
        }),
      ),
    },
    { additionalProperties: false, description: "builtin: naive-bayes parameters, as scikit-learn's CountVectorizer + MultinomialNB." },
  ),
);

/** `$defs/majorityParams`: `params` of `builtin: majority`. */
export const MajorityParams = def(
  'majorityParams',
  Type.Object(
    {
      probabilities: Type.Optional(
        enumOf(['one-hot', 'prior'], { description: 'one-hot (strategy most_frequent, default) or prior (strategy prior).' }),
      ),
    },
    { additionalProperties: false, description: 'builtin: majority parameters (scikit-learn DummyClassifier).' },
  ),
);

/** `$defs/stratifiedParams`: `params` of `builtin: stratified`. */
export const StratifiedParams = def(
  'stratifiedParams',
  Type.Object(
    { seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 4294967295, description: 'random_state of the draws. Default 0.' })) },
    { additionalProperties: false, description: 'builtin: stratified parameters (scikit-learn DummyClassifier, strategy stratified).' },
  ),
);

/** Each builtin model's parameter schema, by its name (in schema order). */
export const builtinParams = { 'naive-bayes': NaiveBayesParams, majority: MajorityParams, stratified: StratifiedParams };
