import { Type, type Static } from '@sinclair/typebox';
import { builtinParams } from './builtinParams.js';
import { def } from './def.js';
import { enumOf } from './enumOf.js';
import { HttpModel } from './httpModel.js';
import { OpenaiModel } from './openaiModel.js';

const Argv = (description: string) => Type.Array(Type.String(), { minItems: 1, description });

/** `params` of each builtin: `if builtin is NAME then params follows NAME's parameter schema`. */
const paramsByBuiltin = Object.entries(builtinParams).map(([name, params]) => ({
  if: { properties: { builtin: { const: name } }, required: ['builtin'] },
  then: { properties: { params: params.ref() } },
}));

/** `$defs/model`: a `model`, `baseline` or `candidate` block. */
export const Model = def(
  'model',
  Type.Object(
    {
      builtin: Type.Optional(
        enumOf(['naive-bayes', 'majority', 'stratified'], {
          description: 'An embedded model: multinomial naive Bayes over token counts, or a naive baseline.',
        }),
      ),
      params: Type.Optional(
        Type.Unsafe<Record<string, unknown>>({
          type: 'object',
          description:
            'Parameters of a builtin model (naive-bayes: alpha, ngram_range, lowercase, binary, strip_accents, token_pattern, min_df, max_df; majority: probabilities; stratified: seed).',
        }),
      ),
      module: Type.Optional(
        Type.String({
          minLength: 1,
          description: 'A JavaScript module (relative to the suite) exporting predict(inputs) and optionally fit(examples).',
        }),
      ),
      command: Type.Optional(Argv('A long-lived process speaking JSON lines (docs/command-protocol.md); an argument array, never a shell.')),
      fit_command: Type.Optional(
        Argv(
          'command models only: a process run once per fit with the training examples as JSONL on stdin (docs/command-protocol.md); must exit 0.',
        ),
      ),
      http: Type.Optional(HttpModel.ref()),
      openai: Type.Optional(OpenaiModel.ref()),
      batch_size: Type.Optional(
        Type.Integer({
          minimum: 1,
          maximum: 100000,
          description: "Inputs per predict call (a command model's request holds this many). Default 64.",
        }),
      ),
      concurrency: Type.Optional(Type.Integer({ minimum: 1, maximum: 4096, description: 'Remote models: requests in flight at once.' })),
      timeout_ms: Type.Optional(Type.Integer({ minimum: 1, description: 'Per request (remote and command models).' })),
      retries: Type.Optional(Type.Integer({ minimum: 0, maximum: 20, description: 'Retries of a failed remote call.' })),
      cache: Type.Optional(
        Type.Boolean({
          description: 'Cache answers on disk by model identity, input and parameters. Default true for remote and command models.',
        }),
      ),
      max_error_rate: Type.Optional(
        Type.Number({
          minimum: 0,
          maximum: 1,
          description: 'Above this fraction of failed model calls the run cannot complete (exit 3). Default 0.05.',
        }),
      ),
    },
    {
      additionalProperties: false,
      minProperties: 1,
      description:
        'The model under test: exactly one of builtin, module, command, http or openai, with its options. Leave it out to score the predictions stored in the data.',
      allOf: paramsByBuiltin,
    },
  ),
);

/** A schema-valid `model` (or `baseline`, `candidate`) block. */
export type RawModel = Static<typeof Model.schema>;
