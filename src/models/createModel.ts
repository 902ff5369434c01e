import type { ModelOptions, ModelSpec } from './modelSpec.js';
import type { Model } from './model.js';
import { createBuiltinModel } from './builtin/createBuiltinModel.js';
import { loadModuleModel } from './module/loadModuleModel.js';
import { createCommandModel } from './command/createCommandModel.js';
import { createHttpModel } from './http/createHttpModel.js';
import { createOpenAIModel } from './http/createOpenAIModel.js';
import { camel } from './suiteSpelling.js';
import { locatedModelError } from './locateModelProblems.js';
import { codeFingerprint } from './codeFingerprint.js';

export { camel } from './suiteSpelling.js';

/**
 * Builds the Model a suite names. Shared options (concurrency, timeout, retries) apply where the
 * adapter has them; the adapter's own configuration errors come back as InvalidInputError, in the
 * suite's spelling and located in the suite file when the spec has its source (see locateModelProblems).
 * A module or command model's identity carries the content hashes of its code (`parameters.code`,
 * see codeFingerprint), so that no answer of edited code is ever replayed from the cache or a journal.
 */
export async function createModel(spec: ModelSpec, options: ModelOptions, ctx: { dir: string }): Promise<Model> {
  try {
    return await buildModel(spec, options, ctx);
  } catch (e) {
    throw locatedModelError(e, spec);
  }
}

async function buildModel(spec: ModelSpec, options: ModelOptions, ctx: { dir: string }): Promise<Model> {
  const shared = {
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
  };
  const code = await codeFingerprint(spec, ctx.dir);
  const parameters = code ? { parameters: { code } } : {};
  switch (spec.kind) {
    case 'builtin':
      return createBuiltinModel(spec.name, camel(spec.params));
    case 'module':
      return loadModuleModel(spec.resolvedPath, { cwd: ctx.dir, ...parameters, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) });
    case 'command':
      return createCommandModel({
        command: spec.command,
        cwd: ctx.dir,
        ...parameters,
        ...(spec.fitCommand ? { fitCommand: spec.fitCommand } : {}),
        batchSize: options.batchSize,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      });
    case 'http':
      return createHttpModel({ ...shared, ...(camel(spec.config) as unknown as Parameters<typeof createHttpModel>[0]) });
    case 'openai':
      return createOpenAIModel({ ...shared, ...(camel(spec.config) as unknown as Parameters<typeof createOpenAIModel>[0]) });
  }
}
