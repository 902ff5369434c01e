import { InvalidInputError, type Problem } from '../../problem.js';
import { checkEndpointUrl, endpointName } from './checkEndpointUrl.js';
import { compileTemplate, jsonLiteral, type RenderFn } from './compileTemplate.js';
import { resolveHeaders } from './envTemplate.js';
import { parseJsonPath, type JsonPath } from './jsonPath.js';
import type { OutputPaths } from './readPrediction.js';
import { transportSettings, type TransportOptions, type TransportSettings } from './transportOptions.js';

/** A model behind any JSON HTTP endpoint. */
export interface HttpModelConfig extends TransportOptions {
  /** Absolute http(s) URL, without credentials. */
  url: string;
  /** Default POST (the input travels in the body, so GET is not offered). */
  method?: 'POST' | 'PUT' | 'PATCH';
  /** Values may hold `${ENV_VAR}`, filled from the environment at every `predict`. */
  headers?: Record<string, string>;
  /** Handlebars template of the JSON body, rendered with `{ input }` (batch mode: `{ inputs }`).
   * Default `{"input": {{json input}}}` (batch `{"inputs": {{json inputs}}}`). */
  body?: string;
  /** Paths into the response (e.g. `choices[0].text`, `$.label`); at least one is required. */
  output?: string;
  score?: string;
  probabilities?: string;
  /** What `output` holds: a `label` (default; string, number or an array of them) or `text`. */
  outputKind?: 'label' | 'text';
  /** Inputs per request (default 1). Above 1 the paths must pick one array item per input. */
  batchSize?: number;
  /** Shown in the identity, e.g. a deployment tag. */
  version?: string;
}

/** A checked {@link HttpModelConfig}. */
export interface HttpModelPlan {
  url: URL;
  method: string;
  headers: Record<string, string>;
  bodySource: string;
  render: RenderFn;
  /** True for the default body, which always renders valid JSON (no check needed). */
  bodyIsJson: boolean;
  paths: OutputPaths;
  batchSize: number;
  settings: TransportSettings;
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const METHODS = ['POST', 'PUT', 'PATCH'];

/**
 * Checks an {@link HttpModelConfig} and fills its defaults. Collects every problem (code
 * `model-config`, or `missing-env` for a `${VAR}` not set now) and throws one
 * `InvalidInputError` listing them; messages name keys and variables, never their values.
 * Cost: compiles the body template once.
 * Example: `planHttpModel({ url: 'http://h/p', output: 'label' }).method` → `'POST'`.
 */
export function planHttpModel(config: HttpModelConfig): HttpModelPlan {
  const problems: Problem[] = [];
  const bad = (path: (string | number)[], message: string): void => void problems.push({ code: 'model-config', path, message });
  if (typeof config !== 'object' || config === null) throw new InvalidInputError([{ code: 'model-config', path: [], message: 'must be an object' }]);
  const url = checkEndpointUrl(config.url, 'url', problems);
  const method = typeof config.method === 'string' ? config.method.toUpperCase() : 'POST';
  if (config.method !== undefined && !METHODS.includes(method)) bad(['method'], `must be one of ${METHODS.join(', ')} (got ${JSON.stringify(config.method)})`);
  const headers = config.headers ?? {};
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) bad(['headers'], 'must be an object of header names to values');
  else {
    for (const [name, value] of Object.entries(headers)) {
      if (!HEADER_NAME.test(name)) bad(['headers', name], 'is not a valid HTTP header name');
      else if (typeof value !== 'string') bad(['headers', name], 'must be a string');
      else if (/^(content-length|host|transfer-encoding|connection)$/i.test(name)) bad(['headers', name], 'is set by evalgate and cannot be configured');
    }
    if (problems.length === 0) {
      try {
        resolveHeaders(headers, config.env ?? process.env);
      } catch (e) {
        if (!(e instanceof InvalidInputError)) throw e;
        const where = url ? ` of the http model at ${endpointName(url)}` : ' of the http model';
        problems.push(...e.problems.map((p) => (p.code === 'missing-env' ? { ...p, message: `${p.message}: it is used in header ${String(p.path[1])}${where}` } : p)));
      }
    }
  }
  const batchSize = config.batchSize ?? 1;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) bad(['batchSize'], `must be an integer >= 1 (got ${JSON.stringify(batchSize)})`);
  const bodySource = config.body ?? (batchSize > 1 ? '{"inputs": {{json inputs}}}' : '{"input": {{json input}}}');
  let render: RenderFn = () => '';
  const bodyIsJson = config.body === undefined;
  if (bodyIsJson) {
    // The defaults, rendered without Handlebars (same output, a few µs less per request).
    render = batchSize > 1 ? (c) => `{"inputs": ${jsonLiteral(c.inputs)}}` : (c) => `{"input": ${jsonLiteral(c.input)}}`;
  } else {
    try {
      render = compileTemplate(bodySource, { escape: 'json' });
    } catch (e) {
      bad(['body'], `template does not compile: ${(e as Error).message}`);
    }
  }
  const path = (key: 'output' | 'score' | 'probabilities'): JsonPath | undefined => {
    const text = config[key];
    if (text === undefined) return undefined;
    try {
      return parseJsonPath(text);
    } catch (e) {
      bad([key], (e as Error).message);
      return undefined;
    }
  };
  const kind = config.outputKind ?? 'label';
  if (kind !== 'label' && kind !== 'text') bad(['outputKind'], `must be "label" or "text" (got ${JSON.stringify(kind)})`);
  const paths: OutputPaths = { output: path('output'), score: path('score'), probabilities: path('probabilities'), kind };
  if (config.output === undefined && config.score === undefined && config.probabilities === undefined) {
    bad(['output'], 'is required (or score, or probabilities): the path of the answer in the response, e.g. "label" or "choices[0].text"');
  }
  const settings = transportSettings(config, problems);
  if (problems.length > 0 || url === undefined) throw new InvalidInputError(problems);
  return { url, method, headers, bodySource, render, bodyIsJson, paths, batchSize, settings };
}
