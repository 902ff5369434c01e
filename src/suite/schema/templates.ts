import { Type, type Static } from '@sinclair/typebox';
import { Expectation } from './expectation.js';
import { Perturbation } from './perturbation.js';
import { Label } from './scalars.js';
import { searchSettings } from './searchSettings.js';

/** A lexicon: word lists by key (TypeBox's Record would write patternProperties). */
const lexicon = (description?: string) =>
  Type.Unsafe<Record<string, string[]>>({
    type: 'object',
    additionalProperties: Type.Array(Type.String(), { minItems: 1 }),
    ...(description !== undefined ? { description } : {}),
  });

const NonEmpty = Type.String({ minLength: 1 });

const test = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_-]*$' }),
    template: Type.Unsafe<string | string[]>({ oneOf: [NonEmpty, Type.Array(NonEmpty, { minItems: 1 })] }),
    lexicon: Type.Optional(lexicon()),
    sample: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: "Cases drawn per template of this test, with the seed (overrides the check's sample; default: every combination).",
      }),
    ),
    label: Type.Optional(Label.ref({ description: 'Minimum functionality: every case must get this label.' })),
    perturbations: Type.Optional(Type.Array(Perturbation.ref(), { minItems: 1 })),
    expect: Type.Optional(Expectation.ref()),
  },
  { additionalProperties: false },
);

/** The `templates` check's entry in `$defs/check`. */
export const templatesCheck = Type.Object(
  {
    lexicon: Type.Optional(lexicon('Word lists the templates draw on: `{key}` in a template takes each word of lexicon.key.')),
    sample: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          "Cases drawn per template of each test, with the seed (default: every combination); a test's own sample overrides it. A test may expand to at most 100,000 cases: a larger product of lexicon sizes needs a sample.",
      }),
    ),
    ...searchSettings,
    tests: Type.Array(test, { minItems: 1 }),
  },
  {
    additionalProperties: false,
    description:
      'CheckList-style template tests: cases generated from templates and lexicons, each with an expected label (minimum functionality) or perturbations and an expectation.',
  },
);

/** The options of a `templates` check. */
export type RawTemplates = Static<typeof templatesCheck>;
/** One test of a `templates` check. */
export type RawTemplateTest = Static<typeof test>;
