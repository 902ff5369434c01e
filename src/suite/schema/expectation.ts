import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';
import { Label } from './scalars.js';

const invariant = Type.Object(
  {
    tolerance: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: "The original label's probability may move by at most this." }),
    ),
  },
  { additionalProperties: false },
);

const directional = Type.Object(
  {
    label: Type.Optional(
      Label.ref({
        description: 'The label whose probability must move. Default: the example\'s expected label (else the label the model gave the original).',
      }),
    ),
    direction: enumOf(['up', 'down']),
    min_change: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'The probability must move by more than this. Default 0 (any move in the direction).',
      }),
    ),
  },
  { additionalProperties: false },
);

const custom = Type.String({
  minLength: 1,
  description:
    'A JavaScript module (relative to the suite) whose default export, or export `expect`, is ({ original, perturbed, before, after, expected }) => boolean | { pass, reason }.',
});

/** A schema-valid expectation: a keyword, or an object with exactly one of its keys. */
export type RawExpectation =
  | 'invariant'
  | 'label'
  | { invariant: Static<typeof invariant> }
  | { label: Static<typeof Label.schema> }
  | { directional: Static<typeof directional> }
  | { custom: Static<typeof custom> };

/** `$defs/expectation`: what a perturbed answer must satisfy. */
export const Expectation = def(
  'expectation',
  Type.Unsafe<RawExpectation>({
    description:
      'What a perturbed answer must satisfy: `invariant` (the label does not change), `label` (minimum functionality: the expected label), or an object: { invariant: { tolerance } }, { label: LABEL }, { directional: { label, direction: up|down, min_change } }, { custom: ./predicate.mjs }.',
    oneOf: [
      enumOf(['invariant', 'label']),
      Type.Object(
        { invariant: Type.Optional(invariant), label: Type.Optional(Label.ref()), directional: Type.Optional(directional), custom: Type.Optional(custom) },
        { additionalProperties: false, minProperties: 1, maxProperties: 1 },
      ),
    ],
  }),
);
