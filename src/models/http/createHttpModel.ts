import type { Model, ModelIdentity, Prediction } from '../model.js';
import { callJson, contentError } from './callJson.js';
import { endpointName } from './checkEndpointUrl.js';
import { createTransport } from './createTransport.js';
import { redactSecrets, resolveHeaders } from './envTemplate.js';
import { askInChunks } from '../askInChunks.js';
import type { HttpRequest } from './httpSend.js';
import { planHttpModel, type HttpModelConfig, type HttpModelPlan } from './httpModelConfig.js';
import { readBatchPredictions, readPrediction } from './readPrediction.js';
import { redactAnswer } from './redactAnswer.js';

export type { HttpModelConfig } from './httpModelConfig.js';

/** Identity of an HTTP model: the endpoint, method, body template and paths; header names only. */
function identityOf(plan: HttpModelPlan, config: HttpModelConfig): ModelIdentity {
  const parameters: Record<string, unknown> = {
    method: plan.method,
    url: plan.url.href,
    headers: Object.keys(plan.headers).sort(),
    body: plan.bodySource,
    outputKind: plan.paths.kind,
  };
  for (const key of ['output', 'score', 'probabilities'] as const) if (config[key] !== undefined) parameters[key] = config[key];
  return { name: `http:${endpointName(plan.url)}`, ...(config.version !== undefined ? { version: config.version } : {}), parameters };
}

/**
 * A {@link Model} behind any JSON HTTP endpoint: each input (or each `batchSize` inputs) is
 * rendered into the body template, POSTed, and read back at the `output`/`score`/`probabilities`
 * paths. Header `${ENV_VAR}`s are read at every `predict`; their values never reach the identity,
 * an error or an answer (they read `***`, and such an answer is marked `redacted`). At most `concurrency` requests are in flight over a keep-alive
 * agent with as many sockets; see `sendWithRetries` for what is retried.
 * A failed call is a Prediction `{ error, latencyMs? }`, e.g.
 * "HTTP 503 after 4 attempts" or "response has no `label` (after 1 attempt)"; predict itself
 * throws only `InvalidInputError` when a `${VAR}` has been unset since creation.
 * Throws `InvalidInputError` on a bad config (every problem listed, a missing variable named).
 * Cost: one request per input (per batch), `concurrency` at a time.
 * Example: `await createHttpModel({ url: 'http://127.0.0.1:8080/predict', output: 'label' }).predict(['hi'])` → `[{ label: 'ham', latencyMs: 2.1 }]`.
 */
export function createHttpModel(config: HttpModelConfig): Model {
  const plan = planHttpModel(config);
  const transport = createTransport(plan.url.protocol, plan.settings);
  const identity = identityOf(plan, config);
  const hasContentType = Object.keys(plan.headers).some((h) => h.toLowerCase() === 'content-type');
  const base: Record<string, string> = { accept: 'application/json', ...(hasContentType ? {} : { 'content-type': 'application/json' }) };

  /** Renders one body, or says why the template could not make JSON of this input. */
  const renderBody = (context: Record<string, unknown>, secrets: readonly string[]): string | Prediction => {
    try {
      const body = plan.render(context);
      if (!plan.bodyIsJson) JSON.parse(body);
      return body;
    } catch (e) {
      return { error: redactSecrets(`the body template did not render valid JSON for this input: ${(e as Error).message}`, secrets) };
    }
  };

  const send = async (context: Record<string, unknown>, count: number, headers: Record<string, string>, secrets: readonly string[]): Promise<Prediction[]> => {
    const body = renderBody(context, secrets);
    if (typeof body !== 'string') return Array.from({ length: count }, () => ({ ...body }));
    const request: HttpRequest = { url: plan.url, method: plan.method, headers, body }; // node sets Content-Length
    const call = await callJson(transport, request, secrets);
    if (!call.ok) return Array.from({ length: count }, () => ({ ...call.prediction }));
    const found = plan.batchSize > 1 ? readBatchPredictions(call.doc, plan.paths, count) : [readPrediction(call.doc, plan.paths)];
    return found.map((p) => (p.error !== undefined ? contentError(p.error, call, secrets) : redactAnswer({ ...p, latencyMs: call.latencyMs }, secrets)));
  };

  return {
    identity,
    async predict(inputs, opts = {}) {
      const { headers: resolved, secrets } = resolveHeaders(plan.headers, plan.settings.env);
      const headers = { ...base, ...resolved };
      const size = plan.batchSize;
      return askInChunks(inputs, size, plan.settings.concurrency, opts, (chunk) => send(size > 1 ? { inputs: chunk } : { input: chunk[0] }, chunk.length, headers, secrets));
    },
    close: () => transport.close(),
  };
}
