import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { MajorityParams, NaiveBayesParams, StratifiedParams } from './builtinParams.js';
import { Check } from './check.js';
import { Comparison, ComparisonGate } from './comparison.js';
import { Data } from './data.js';
import { QualityName } from './dataQuality.js';
import type { Def } from './def.js';
import { Expectation } from './expectation.js';
import { Gate } from './gate.js';
import { HttpModel } from './httpModel.js';
import { MetricName } from './metricName.js';
import { MetricsOptions } from './metrics.js';
import { Model } from './model.js';
import { OpenaiModel } from './openaiModel.js';
import { JailbreakPerturbation, PerturbationKind, Perturbation, Preset } from './perturbation.js';
import { FieldName, Label } from './scalars.js';

/** Every `$defs` entry of the suite schema, in the order the schema file lists them. */
const DEFS: Def<TSchema>[] = [
  FieldName,
  Label,
  Data,
  MetricName,
  MetricsOptions,
  Check,
  Gate,
  Model,
  QualityName,
  PerturbationKind,
  Preset,
  Expectation,
  Perturbation,
  Comparison,
  ComparisonGate,
  JailbreakPerturbation,
  NaiveBayesParams,
  MajorityParams,
  StratifiedParams,
  HttpModel,
  OpenaiModel,
];

/** The suite file's root object: TypeBox source of `schemas/suite.schema.json` (without `$defs`). */
export const SuiteRoot = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'Optional: the schema this file follows (for editors).' })),
    suite: Type.String({ minLength: 1, description: "The suite's name, shown in every output." }),
    description: Type.Optional(Type.String()),
    seed: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 4294967295,
        description: 'Seed for every random choice of the run (bootstrap resamples, folds, perturbations). Default 0.',
      }),
    ),
    data: Data.ref(),
    model: Type.Optional(Model.ref()),
    baseline: Type.Optional(
      Model.ref({
        description:
          'A two-model suite: the reference model (e.g. the last release). Needs `candidate`, instead of `model`; both are evaluated on the very same examples, holdout split, folds and seeds, and compared.',
      }),
    ),
    candidate: Type.Optional(
      Model.ref({ description: "A two-model suite: the model that would replace `baseline`. Its figures are the ones the plain gates read." }),
    ),
    comparison: Type.Optional(Comparison.ref()),
    checks: Type.Array(Check.ref(), { minItems: 1, description: 'The checks to run, each a one-key object such as `metrics: [f1, mcc]`.' }),
    gates: Type.Optional(
      Type.Array(Gate.ref(), {
        description:
          "Release gates over computed figures, e.g. `f1.macro >= 0.90` or `{ gate: 'recall.spam >= 0.95', severity: warning }`.",
      }),
    ),
  },
  {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://evalgate.dev/schemas/suite.schema.json',
    title: 'evalgate suite',
    description: 'A declarative evalgate suite: the data, the checks and the gates that decide whether a model may ship.',
    additionalProperties: false,
    dependentRequired: { baseline: ['candidate'], candidate: ['baseline'] },
  },
);

/**
 * A suite file that passed the schema, as parsed (before defaults and path resolution): the type
 * the normalizers read. `Static` of the TypeBox source, so it cannot drift from the schema.
 */
export type RawSuite = Static<typeof SuiteRoot>;

/**
 * The suite JSON Schema (draft 2020-12) as plain JSON: the root with every definition under
 * `$defs`. This is what `schemas/suite.schema.json` holds (`npm run schema` writes it) and what
 * the loader validates against. Builds a fresh object each call (cheap: a few hundred nodes).
 */
export function suiteSchemaJson(): Record<string, unknown> {
  const defs = Object.fromEntries(DEFS.map((d) => [d.name, d.schema]));
  const json: Record<string, unknown> = JSON.parse(JSON.stringify({ ...SuiteRoot, $defs: defs }));
  return json;
}
