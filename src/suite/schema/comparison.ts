import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';

/**
 * A schema-valid regression gate: `'FIGURE: CLAIM'`, the one-key mapping `FIGURE: CLAIM`, or
 * `{ gate, name?, severity? }` (every value of the mapping is a non-empty string).
 */
export type RawComparisonGate = string | { [figureOrKey: string]: string };

/** `$defs/comparisonGate`. */
export const ComparisonGate = def(
  'comparisonGate',
  Type.Unsafe<RawComparisonGate>({
    type: ['string', 'object'],
    minLength: 1,
    minProperties: 1,
    description: "`FIGURE: CLAIM` as a string, the one-key mapping `FIGURE: CLAIM`, or { gate: 'FIGURE: CLAIM', name, severity }.",
    additionalProperties: Type.String({ minLength: 1 }),
    properties: {
      gate: Type.String({ minLength: 1 }),
      name: Type.String({ minLength: 1 }),
      severity: enumOf(['blocking', 'warning'], {
        description:
          'A failed warning gate does not fail the run; warning gates are corrected with Benjamini\u2013Hochberg, blocking ones with Holm. Default: blocking.',
      }),
    },
  }),
);

/** `$defs/comparison`: the `comparison` block of a suite. */
export const Comparison = def(
  'comparison',
  Type.Object(
    {
      resamples: Type.Optional(Type.Integer({ minimum: 100, maximum: 1000000, description: 'Paired-bootstrap resamples. Default 10000.' })),
      confidence: Type.Optional(
        Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'Level of the two-sided intervals of candidate \u2212 baseline. Default 0.95.' }),
      ),
      alpha: Type.Optional(
        Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'Significance level of the regression and improvement tests. Default 0.05.' }),
      ),
      gates: Type.Optional(
        Type.Array(ComparisonGate.ref(), {
          description:
            'Regression gates, each `FIGURE: CLAIM`: `f1.macro: candidate - baseline >= -0.01 at 95%` (non-inferiority), `accuracy: no significant regression`, `recall.spam: improves`.',
        }),
      ),
    },
    {
      additionalProperties: false,
      description:
        'How a candidate is held against a baseline (a two-model suite, `evalgate run --baseline NAME`, or `evalgate compare --suite`): the paired statistics and the regression gates.',
    },
  ),
);

/** A schema-valid `comparison` block. */
export type RawComparison = Static<typeof Comparison.schema>;
