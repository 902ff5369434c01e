import { Type, type Static } from '@sinclair/typebox';
import { NORMALIZE_STEPS } from '../../metrics/normalizeAnswer.js';
import { QUALITY_SCORERS } from '../textCheckTypes.js';
import { enumOf } from './enumOf.js';
import { FieldName, bootstrapResamples, confidenceLevel } from './scalars.js';

const SCORE_NAME = '^[A-Za-z0-9_-]+$';

/** Exactly one of the matching keys: `{ required: [KEY], properties: { KEY: true } }` for each. */
const oneMatcher = ['contains', 'starts_with', 'ends_with', 'regex'].map((k) => ({ required: [k], properties: { [k]: true } }));

const assertion = Type.Object(
  {
    name: Type.Optional(Type.String({ pattern: SCORE_NAME })),
    contains: Type.Optional(Type.String()),
    starts_with: Type.Optional(Type.String()),
    ends_with: Type.Optional(Type.String()),
    regex: Type.Optional(Type.String()),
    flags: Type.Optional(Type.String({ pattern: '^[imsu]*$' })),
    ignore_case: Type.Optional(Type.Boolean()),
    negate: Type.Optional(Type.Boolean({ description: 'Pass when the output does NOT match.' })),
  },
  { additionalProperties: false, minProperties: 1, oneOf: oneMatcher },
);

const custom = Type.Object(
  {
    name: Type.String({ pattern: SCORE_NAME }),
    module: Type.String({
      minLength: 1,
      description: 'A JavaScript module exporting score({ input, output, reference, fields }) returning a number in [0, 1] or a boolean.',
    }),
  },
  { additionalProperties: false },
);

/** The `quality` check's entry in `$defs/check`. */
export const qualityCheck = Type.Object(
  {
    include: Type.Optional(
      Type.Array(enumOf(QUALITY_SCORERS), {
        uniqueItems: true,
        description:
          'Default: every reference score when `reference` is set, and latency. majority_gain (classifiers): accuracy minus that of the majority-class baseline on the same rows.',
      }),
    ),
    reference: Type.Optional(FieldName.ref({ description: 'The data field holding the reference text, or a list of references.' })),
    normalize: Type.Optional(
      Type.Array(enumOf(NORMALIZE_STEPS), { uniqueItems: true, description: "Exact match normalization (default: all four, SQuAD's)." }),
    ),
    assertions: Type.Optional(Type.Array(assertion)),
    json_schema: Type.Optional(
      Type.Unsafe<Record<string, unknown> | boolean>({
        type: ['object', 'boolean'],
        description: "A JSON Schema (any draft ajv's 2020 validator accepts) each output must conform to.",
      }),
    ),
    length: Type.Optional(
      Type.Object(
        { min_chars: Type.Optional(Type.Integer({ minimum: 0 })), max_chars: Type.Optional(Type.Integer({ minimum: 0 })) },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
    custom: Type.Optional(Type.Array(custom)),
    confidence: confidenceLevel(),
    bootstrap: bootstrapResamples(),
  },
  {
    additionalProperties: false,
    description:
      'Quality scoring of text outputs: against references (exact match, token F1, ROUGE, BLEU, chrF, Levenshtein), assertions, JSON validity and schema, length bounds, latency percentiles, custom scorers. Figures quality.NAME.',
  },
);

/** The options of a `quality` check. */
export type RawQuality = Static<typeof qualityCheck>;
/** One assertion of a `quality` check. */
export type RawAssertion = Static<typeof assertion>;
