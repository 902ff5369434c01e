import { InvalidInputError, type Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import type { Suite } from './types.js';
import { createBuiltinModel } from '../models/builtin/createBuiltinModel.js';
import { planHttpModel, type HttpModelConfig } from '../models/http/httpModelConfig.js';
import { planOpenAIModel, type OpenAIModelConfig } from '../models/http/openAIModelConfig.js';
import { locateModelProblems } from '../models/locateModelProblems.js';
import { camel, inSuiteSpelling } from '../models/suiteSpelling.js';

const KINDS = ['builtin', 'module', 'command', 'http', 'openai'] as const;

/**
 * The rules of model blocks (`model`, `baseline`, `candidate`) that the JSON Schema leaves to code:
 * exactly one kind; `params` only with builtin, `fit_command` only with command; and the adapter's
 * own checks of its configuration, run now so that `validate` finds what `run` would (a URL with
 * credentials, a body template that does not compile, a missing output path, builtin parameters
 * out of range). Environment variables are not read here: whether `api_key_env` is set is a fact
 * of the machine that runs the suite, checked by `run` (naming the variable and the model).
 * Every problem is located in the suite file, in the suite's spelling. Cost: O(size of the blocks).
 */
export function modelRules(suite: Suite, doc: ParsedDocument): Problem[] {
  const problems: Problem[] = [];
  const raw = doc.value as Record<string, unknown>;
  const blocks = [['model', suite.baseline ? undefined : suite.model], ['candidate', suite.baseline ? suite.model : undefined], ['baseline', suite.baseline]] as const;
  for (const [name, model] of blocks) {
    const block = raw[name] as Record<string, unknown> | undefined;
    if (!model || !block) continue;
    const at = (path: (string | number)[], message: string, code: string, key = true) => {
      const pos = doc.locate([name, ...path], { key });
      problems.push({ code, file: suite.file, line: pos.line, column: pos.column, path: [name, ...path], message });
    };
    const kinds = KINDS.filter((k) => block[k] !== undefined);
    if (kinds.length !== 1) {
      at([], kinds.length === 0 ? `a model names its kind: one of ${KINDS.join(', ')} (e.g. { builtin: naive-bayes } or { openai: { model: gpt-4o-mini } })` : `a model has exactly one kind, but this one names ${kinds.join(' and ')}`, 'model-kind', false);
      continue;
    }
    if (block.params !== undefined && kinds[0] !== 'builtin') at(['params'], `params are the parameters of a builtin model, but this model is ${kinds[0]}`, 'contradiction');
    if (block.fit_command !== undefined && kinds[0] !== 'command') at(['fit_command'], `fit_command trains a command model, but this model is ${kinds[0]}`, 'contradiction');
    const spec = model.spec;
    const planned = (plan: () => unknown) => {
      try {
        plan();
      } catch (e) {
        if (!(e instanceof InvalidInputError)) throw e;
        problems.push(...locateModelProblems(e.problems.filter((p) => p.code !== 'missing-env'), spec));
      }
    };
    if (spec.kind === 'http') planned(() => planHttpModel({ ...(camel(spec.config) as unknown as HttpModelConfig), env: {} }));
    if (spec.kind === 'openai') planned(() => planOpenAIModel({ ...(camel(spec.config) as unknown as OpenAIModelConfig), env: {} }));
    if (spec.kind === 'builtin') {
      try {
        createBuiltinModel(spec.name, camel(spec.params));
      } catch (e) {
        at(['params'], inSuiteSpelling((e as Error).message), 'bad-parameter', false);
      }
    }
  }
  return problems;
}
