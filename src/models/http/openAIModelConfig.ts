import type { Label } from '../../metrics/types.js';
import { InvalidInputError, type Problem } from '../../problem.js';
import { checkEndpointUrl, endpointName } from './checkEndpointUrl.js';
import { compileTemplate, type RenderFn } from './compileTemplate.js';
import { resolveHeaders } from './envTemplate.js';
import { transportSettings, type TransportOptions, type TransportSettings } from './transportOptions.js';

/** A model behind an OpenAI-compatible `/chat/completions` endpoint (OpenAI, vLLM, llama.cpp, Ollama). */
export interface OpenAIModelConfig extends TransportOptions {
  /** The model name sent in every request, e.g. `gpt-4o-mini` or `llama3.1:8b`. */
  model: string;
  /** Default: the variable `baseUrlEnv` names, else `OPENAI_BASE_URL` from the environment, else `https://api.openai.com/v1`. */
  baseUrl?: string;
  /** An environment variable holding the base URL (required to be set when given), e.g. `EVALGATE_CHAT_BASE_URL`. */
  baseUrlEnv?: string;
  /** The system message. */
  system?: string;
  /** Handlebars template of the user message, rendered with `{ input }`, no escaping. Default:
   * the input itself (a string as is, anything else as JSON). */
  prompt?: string;
  temperature?: number;
  /** Sent as `max_tokens`. */
  maxTokens?: number;
  /** When set, the answer (trimmed, case-insensitive) must be one of these and becomes `label`. */
  labels?: Label[];
  /** The environment variable holding the API key (default `OPENAI_API_KEY`). Required when
   * given explicitly or when the endpoint is api.openai.com; otherwise sent only when set. */
  apiKeyEnv?: string;
  /** More request fields, e.g. `{ seed: 7, top_p: 1 }` (not `model` nor `messages`). */
  extraBody?: Record<string, unknown>;
  /** Shown in the identity. */
  version?: string;
}

/** A checked {@link OpenAIModelConfig}. */
export interface OpenAIModelPlan {
  baseUrl: string;
  url: URL;
  /** `{ authorization: 'Bearer ${VAR}' }` or `{}`: resolved at every predict. */
  headers: Record<string, string>;
  renderPrompt?: RenderFn;
  settings: TransportSettings;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Checks an {@link OpenAIModelConfig} and fills its defaults. Collects every problem (code
 * `model-config`; `missing-env` for a required key that is not set, naming the variable, never
 * a value) into one thrown `InvalidInputError`. Cost O(config).
 * Example: `planOpenAIModel({ model: 'm', baseUrl: 'http://127.0.0.1:8000/v1' }).url.href` → `http://127.0.0.1:8000/v1/chat/completions`.
 */
export function planOpenAIModel(config: OpenAIModelConfig): OpenAIModelPlan {
  const problems: Problem[] = [];
  const bad = (path: (string | number)[], message: string): void => void problems.push({ code: 'model-config', path, message });
  if (typeof config !== 'object' || config === null) throw new InvalidInputError([{ code: 'model-config', path: [], message: 'must be an object' }]);
  const env = config.env ?? process.env;
  if (typeof config.model !== 'string' || config.model === '') bad(['model'], 'is required: the model name, e.g. "gpt-4o-mini"');
  let fromEnv: string | undefined;
  if (config.baseUrlEnv !== undefined) {
    if (typeof config.baseUrlEnv !== 'string' || !ENV_NAME.test(config.baseUrlEnv)) bad(['baseUrlEnv'], 'must be an environment variable name');
    else if (config.baseUrl === undefined) {
      fromEnv = env[config.baseUrlEnv];
      if (fromEnv === undefined || fromEnv === '') problems.push({ code: 'missing-env', path: ['baseUrlEnv'], message: `environment variable ${config.baseUrlEnv} is not set: it holds the base URL of the endpoint of ${modelName(config)}` });
    }
  }
  const baseUrl = (config.baseUrl ?? fromEnv ?? env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  const url = checkEndpointUrl(baseUrl, 'baseUrl', problems);
  for (const key of ['system', 'prompt'] as const) if (config[key] !== undefined && typeof config[key] !== 'string') bad([key], 'must be a string');
  if (config.temperature !== undefined && !(typeof config.temperature === 'number' && config.temperature >= 0 && config.temperature <= 2)) {
    bad(['temperature'], `must be a number from 0 to 2 (got ${JSON.stringify(config.temperature)})`);
  }
  if (config.maxTokens !== undefined && !(Number.isSafeInteger(config.maxTokens) && config.maxTokens >= 1)) {
    bad(['maxTokens'], `must be an integer >= 1 (got ${JSON.stringify(config.maxTokens)})`);
  }
  if (config.labels !== undefined) {
    if (!Array.isArray(config.labels) || config.labels.length === 0) bad(['labels'], 'must be a non-empty list');
    else {
      const seen = new Map<string, number>();
      config.labels.forEach((l, i) => {
        if (typeof l !== 'string' && typeof l !== 'number') return bad(['labels', i], 'must be a string or a number');
        const key = String(l).trim().toLowerCase();
        if (seen.has(key)) bad(['labels', i], `repeats labels[${seen.get(key)}] (labels are matched case-insensitively)`);
        seen.set(key, i);
      });
    }
  }
  if (config.extraBody !== undefined) {
    if (typeof config.extraBody !== 'object' || config.extraBody === null || Array.isArray(config.extraBody)) bad(['extraBody'], 'must be an object');
    else for (const k of ['model', 'messages']) if (Object.hasOwn(config.extraBody, k)) bad(['extraBody', k], 'is set from the other options');
  }
  let renderPrompt: RenderFn | undefined;
  if (typeof config.prompt === 'string') {
    try {
      renderPrompt = compileTemplate(config.prompt, { escape: 'none' });
    } catch (e) {
      bad(['prompt'], `template does not compile: ${(e as Error).message}`);
    }
  }
  const keyEnv = config.apiKeyEnv ?? 'OPENAI_API_KEY';
  let headers: Record<string, string> = {};
  if (typeof keyEnv !== 'string' || !ENV_NAME.test(keyEnv)) bad(['apiKeyEnv'], 'must be an environment variable name');
  else {
    const required = config.apiKeyEnv !== undefined || url?.hostname === 'api.openai.com';
    if (required || env[keyEnv] !== undefined) headers = { authorization: `Bearer \${${keyEnv}}` };
    try {
      resolveHeaders(headers, env);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      problems.push({ code: 'missing-env', path: ['apiKeyEnv'], message: `environment variable ${keyEnv} is not set: it holds the API key of ${modelName(config)} at ${url ? endpointName(url) : baseUrl}` });
    }
  }
  const settings = transportSettings(config, problems);
  if (problems.length > 0 || url === undefined) throw new InvalidInputError(problems);
  return { baseUrl, url: new URL(`${url.href.replace(/\/+$/, '')}/chat/completions`), headers, renderPrompt, settings };
}

/** `the openai model "gpt-4o-mini"` (or `the openai model` when the name is missing), for messages. */
function modelName(config: OpenAIModelConfig): string {
  return typeof config.model === 'string' && config.model !== '' ? `the openai model ${JSON.stringify(config.model)}` : 'the openai model';
}
