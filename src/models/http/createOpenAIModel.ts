import type { Label } from '../../metrics/types.js';
import type { Model, ModelIdentity, Prediction } from '../model.js';
import { callJson, contentError } from './callJson.js';
import { createTransport } from './createTransport.js';
import { redactSecrets, resolveHeaders } from './envTemplate.js';
import { askInChunks } from '../askInChunks.js';
import { planOpenAIModel, type OpenAIModelConfig } from './openAIModelConfig.js';
import { MISSING, parseJsonPath, pickJsonPath } from './jsonPath.js';
import { snippet } from './sendWithRetries.js';
import { redactAnswer } from './redactAnswer.js';

export type { OpenAIModelConfig } from './openAIModelConfig.js';

const CONTENT = parseJsonPath('choices[0].message.content');

/** The configured label an answer names (trimmed, case-insensitive), or undefined. */
function matchLabel(answer: string, labels: readonly Label[]): Label | undefined {
  const a = answer.trim().toLowerCase();
  return labels.find((l) => String(l).trim().toLowerCase() === a);
}

/**
 * A {@link Model} behind an OpenAI-compatible chat-completions endpoint (OpenAI, vLLM,
 * llama.cpp server, Ollama's `/v1`): one request per input with the system message and the
 * input (or the rendered `prompt`) as the user message; the answer is
 * `choices[0].message.content` as `text`, and as `label` when `labels` is set (an answer
 * outside them is the error "answer not among labels: …"). The API key is read from the
 * environment at every `predict`, sent as `Authorization: Bearer`, and never stored in the
 * identity, an error, an answer (redacted, marked `redacted`) or a log. Robustness as `createHttpModel` (concurrency, timeout, retries).
 * Throws `InvalidInputError` on a bad config or a required key not set (naming the variable).
 * Cost: one request per input, `concurrency` at a time.
 * Example: `await createOpenAIModel({ model: 'm', baseUrl: 'http://127.0.0.1:8000/v1', labels: ['spam', 'ham'] }).predict(['win $$$'])` → `[{ label: 'spam', text: 'Spam', latencyMs: 210.5 }]`.
 */
export function createOpenAIModel(config: OpenAIModelConfig): Model {
  const plan = planOpenAIModel(config);
  const transport = createTransport(plan.url.protocol, plan.settings);
  const parameters: Record<string, unknown> = { baseUrl: plan.baseUrl, model: config.model };
  for (const key of ['system', 'prompt', 'temperature', 'maxTokens', 'labels', 'extraBody'] as const) {
    if (config[key] !== undefined) parameters[key] = config[key];
  }
  const identity: ModelIdentity = { name: `openai:${config.model}`, ...(config.version !== undefined ? { version: config.version } : {}), parameters };
  const labels = config.labels;

  const userMessage = (input: unknown): string => {
    if (plan.renderPrompt !== undefined) return plan.renderPrompt({ input });
    return typeof input === 'string' ? input : (JSON.stringify(input) ?? '');
  };

  const predictOne = async (input: unknown, headers: Record<string, string>, secrets: readonly string[]): Promise<Prediction> => {
    let content: string;
    try {
      content = userMessage(input);
    } catch (e) {
      return { error: redactSecrets(`the prompt template failed for this input: ${(e as Error).message}`, secrets) };
    }
    const messages = [...(config.system !== undefined ? [{ role: 'system', content: config.system }] : []), { role: 'user', content }];
    const body = JSON.stringify({
      ...config.extraBody,
      model: config.model,
      messages,
      ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
      ...(config.maxTokens !== undefined ? { max_tokens: config.maxTokens } : {}),
    });
    const request = { url: plan.url, method: 'POST', headers, body }; // node sets Content-Length
    const call = await callJson(transport, request, secrets);
    if (!call.ok) return call.prediction;
    const text = pickJsonPath(call.doc, CONTENT);
    if (text === MISSING || typeof text !== 'string') return contentError(`response has no \`${CONTENT.text}\``, call, secrets);
    if (labels === undefined) return redactAnswer({ text, latencyMs: call.latencyMs }, secrets);
    const label = matchLabel(text, labels);
    if (label === undefined) {
      return contentError(`answer not among labels: ${JSON.stringify(snippet(text, 100, secrets))} (expected one of ${labels.join(', ')})`, call, secrets);
    }
    return redactAnswer({ label, text, latencyMs: call.latencyMs }, secrets);
  };

  return {
    identity,
    ...(labels !== undefined ? { classes: [...labels] } : {}),
    async predict(inputs, opts = {}) {
      const { headers: resolved, secrets } = resolveHeaders(plan.headers, plan.settings.env);
      const headers = { accept: 'application/json', 'content-type': 'application/json', ...resolved };
      return askInChunks(inputs, 1, plan.settings.concurrency, opts, async ([input]) => [await predictOne(input, headers, secrets)]);
    },
    close: () => transport.close(),
  };
}
