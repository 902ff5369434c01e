import type { ModelSpec } from '../models/modelSpec.js';

/** Whether the suite can train a model of this kind (builtin, module and command models can; http and openai cannot). */
export const isTrainable = (spec: ModelSpec): boolean => spec.kind === 'builtin' || spec.kind === 'module' || spec.kind === 'command';

/** How messages name a model's kind: `builtin: naive-bayes`, `http`, ... */
export const modelKindName = (spec: ModelSpec): string => (spec.kind === 'builtin' ? `builtin: ${spec.name}` : spec.kind);
