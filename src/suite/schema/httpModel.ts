import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';

/** `$defs/httpModel`: the `http` block of a model (any JSON endpoint). */
export const HttpModel = def(
  'httpModel',
  Type.Object(
    {
      url: Type.String({ minLength: 1, description: 'Absolute http(s) URL, without credentials (send those in a header).' }),
      method: Type.Optional(enumOf(['POST', 'PUT', 'PATCH', 'post', 'put', 'patch'], { description: 'Default POST.' })),
      headers: Type.Optional(
        Type.Unsafe<Record<string, string>>({
          type: 'object',
          additionalProperties: Type.String(),
          description: 'Header names to values; ${ENV_VAR} is filled from the environment (and never written anywhere).',
        }),
      ),
      body: Type.Optional(
        Type.String({
          description:
            'Handlebars template of the JSON body, rendered with { input } (batch: { inputs }), values JSON-escaped. Default {"input": {{json input}}}.',
        }),
      ),
      output: Type.Optional(
        Type.String({ minLength: 1, description: 'Path of the answer in the response, e.g. label, $.label or choices[0].text.' }),
      ),
      score: Type.Optional(Type.String({ minLength: 1, description: 'Path of one probability (of pos_label for binary data).' })),
      probabilities: Type.Optional(
        Type.String({
          minLength: 1,
          description: 'Path of one probability per class (an object keyed by label, or an array in classes order).',
        }),
      ),
      output_kind: Type.Optional(enumOf(['label', 'text'], { description: 'What output holds: a label (default) or free text.' })),
      batch_size: Type.Optional(
        Type.Integer({
          minimum: 1,
          description: 'Inputs per HTTP request (default 1); above 1 the paths must pick one array item per input.',
        }),
      ),
      version: Type.Optional(Type.String({ description: "Shown in the model's identity, e.g. a deployment tag." })),
    },
    {
      additionalProperties: false,
      description:
        'Any JSON endpoint. Needs url and at least one of output, score, probabilities. Concurrency, timeout_ms and retries are model options, written beside http:.',
    },
  ),
);

/** A schema-valid `http` block. */
export type RawHttpModel = Static<typeof HttpModel.schema>;
