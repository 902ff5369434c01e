import { Type } from '@sinclair/typebox';
import { Preset } from './perturbation.js';

/** The search settings a `robustness` and a `templates` check share (properties, in schema order). */
export const searchSettings = {
  runs: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100000,
      description: 'Edit scripts tried per example and perturbation before shrinking (fast-check numRuns). Default 50.',
    }),
  ),
  preset: Type.Optional(Preset.ref()),
  time_budget_ms: Type.Optional(
    Type.Integer({
      minimum: 1,
      description: 'Stop trying new scripts for one example after this long (makes the run depend on speed: off by default).',
    }),
  ),
  concurrency: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 4096,
      description: "Examples searched at once; their model calls are batched together. Default: the model's batch_size.",
    }),
  ),
  max_failures: Type.Optional(
    Type.Integer({
      minimum: 0,
      description: 'Minimal counterexamples kept in results.json per perturbation (fewest edits first). Default 50; all stay in records.jsonl.',
    }),
  ),
};
