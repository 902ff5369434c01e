import { Type, type Static } from '@sinclair/typebox';
import { Expectation } from './expectation.js';
import { Perturbation } from './perturbation.js';
import { searchSettings } from './searchSettings.js';

/** The `robustness` check's entry in `$defs/check`. */
export const robustnessCheck = Type.Object(
  {
    perturbations: Type.Array(Perturbation.ref(), { minItems: 1 }),
    expect: Type.Optional(Expectation.ref()),
    examples: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Search this many examples (a seeded sample of the scored rows). Default: all.' }),
    ),
    ...searchSettings,
  },
  {
    additionalProperties: false,
    description:
      'Searches each example for the smallest edit of each perturbation that breaks the expectation (fast-check, shrunk to a minimal edit script, seeded for replay).',
  },
);

/** The options of a `robustness` check. */
export type RawRobustness = Static<typeof robustnessCheck>;
