import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';

const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';

/** `$defs/openaiModel`: the `openai` block of a model (an OpenAI-compatible endpoint). */
export const OpenaiModel = def(
  'openaiModel',
  Type.Object(
    {
      model: Type.String({ minLength: 1, description: 'The model name sent in every request, e.g. gpt-4o-mini or llama3.1:8b.' }),
      base_url: Type.Optional(
        Type.String({
          minLength: 1,
          description:
            "The endpoint's base URL, e.g. http://127.0.0.1:8000/v1. Default: the variable base_url_env names, else OPENAI_BASE_URL, else https://api.openai.com/v1.",
        }),
      ),
      base_url_env: Type.Optional(
        Type.String({ pattern: ENV_NAME, description: 'An environment variable holding the base URL; it must be set at run time.' }),
      ),
      api_key_env: Type.Optional(
        Type.String({
          pattern: ENV_NAME,
          description:
            'The environment variable holding the API key (default OPENAI_API_KEY). Required to be set when written, or when the endpoint is api.openai.com.',
        }),
      ),
      system: Type.Optional(Type.String({ description: 'The system message.' })),
      prompt: Type.Optional(
        Type.String({ description: 'Handlebars template of the user message, rendered with { input }, no escaping. Default: the input itself.' }),
      ),
      temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 2 })),
      max_tokens: Type.Optional(Type.Integer({ minimum: 1, description: 'Sent as max_tokens.' })),
      labels: Type.Optional(
        Type.Array(Type.Unsafe<string | number>({ type: ['string', 'number'] }), {
          minItems: 1,
          description: 'The answer (trimmed, case-insensitive) must be one of these, and becomes the label.',
        }),
      ),
      extra_body: Type.Optional(
        Type.Unsafe<Record<string, unknown>>({
          type: 'object',
          description: 'More request fields, e.g. { seed: 7, top_p: 1 } (not model nor messages).',
        }),
      ),
      version: Type.Optional(Type.String({ description: "Shown in the model's identity." })),
    },
    {
      additionalProperties: false,
      description:
        'An OpenAI-compatible /chat/completions endpoint (OpenAI, vLLM, llama.cpp, Ollama). Concurrency, timeout_ms and retries are model options, written beside openai:.',
    },
  ),
);

/** A schema-valid `openai` block. */
export type RawOpenaiModel = Static<typeof OpenaiModel.schema>;
