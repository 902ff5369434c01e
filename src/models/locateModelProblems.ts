import { InvalidInputError, type Problem } from '../problem.js';
import type { ModelSpec } from './modelSpec.js';
import { inSuiteSpelling, snake } from './suiteSpelling.js';

/**
 * An adapter's configuration problems as the suite wrote them: paths and messages in the suite's
 * spelling (`api_key_env`, not `apiKeyEnv`), under the block's path (`model.openai.api_key_env`),
 * at the file, line and column of the key (or of its nearest written ancestor). Without a source
 * (a model built through the API) only the spelling changes for suite-built kinds. O(problems × depth).
 * Example: `[{ path: ['apiKeyEnv'], … }]` → `[{ file: 's.yaml', line: 9, column: 5, path: ['model', 'openai', 'api_key_env'], … }]`.
 */
export function locateModelProblems(problems: readonly Problem[], spec: ModelSpec): Problem[] {
  const source = spec.source;
  const block = spec.kind === 'http' || spec.kind === 'openai' ? [spec.kind] : [];
  return problems.map((p) => {
    const inner = [...block, ...p.path.map((s) => (typeof s === 'string' ? snake(s) : s))];
    const message = inSuiteSpelling(p.message);
    if (!source) return { ...p, message };
    let pos: { line: number; column: number } | undefined;
    for (let n = inner.length; n >= 0 && pos === undefined; n--) pos = source.positions[inner.slice(0, n).join('.')];
    return { ...p, file: source.file, ...(pos ?? {}), path: [...source.path, ...inner], message };
  });
}

/** Rethrows an adapter's InvalidInputError located in the suite (see {@link locateModelProblems}); other errors as they are. */
export function locatedModelError(e: unknown, spec: ModelSpec): unknown {
  if (!(e instanceof InvalidInputError) || e.problems.length === 0) return e;
  return new InvalidInputError(locateModelProblems(e.problems, spec));
}
