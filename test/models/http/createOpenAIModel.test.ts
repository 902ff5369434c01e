import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAIModel, type OpenAIModelConfig } from '../../../src/models/http/createOpenAIModel.js';
import type { Model } from '../../../src/models/model.js';
import { InvalidInputError } from '../../../src/problem.js';

interface Seen { path?: string; auth?: string; body: Record<string, unknown> }

/** A fake OpenAI-compatible server on 127.0.0.1: answers `answer(userMessage)` at /v1/chat/completions. */
const servers: http.Server[] = [];
const models: Model[] = [];
async function fakeOpenAI(answer: (user: string) => unknown, seen: Seen[] = []): Promise<string> {
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const body = JSON.parse(raw) as { messages: { role: string; content: string }[] };
      seen.push({ path: req.url, auth: req.headers.authorization, body });
      if (req.url !== '/v1/chat/completions') return res.writeHead(404).end('{"error":"not found"}');
      const content = answer(body.messages[body.messages.length - 1].content);
      const doc = content === undefined ? { choices: [] } : { id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}
afterEach(async () => {
  await Promise.all(models.splice(0).map((m) => m.close?.()));
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});
const model = (config: OpenAIModelConfig): Model => {
  const m = createOpenAIModel({ sleep: async () => undefined, env: {}, ...config });
  models.push(m);
  return m;
};

describe('createOpenAIModel', () => {
  it('sends chat completions and returns the content as text', async () => {
    const seen: Seen[] = [];
    const baseUrl = await fakeOpenAI((u) => `echo: ${u}`, seen);
    const m = model({ baseUrl: `${baseUrl}/`, model: 'llama3', system: 'Be brief.', temperature: 0, maxTokens: 5, extraBody: { seed: 7 } });
    const got = await m.predict(['hello', { a: 1 }]);
    expect(got.map((p) => p.text)).toEqual(['echo: hello', 'echo: {"a":1}']);
    expect(got[0].latencyMs).toBeGreaterThanOrEqual(0);
    const first = seen.find((s) => s.body.messages !== undefined && JSON.stringify(s.body).includes('hello'));
    expect(first).toEqual({
      path: '/v1/chat/completions', auth: undefined,
      body: { seed: 7, model: 'llama3', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'hello' }], temperature: 0, max_tokens: 5 },
    });
    expect(m.identity).toEqual({ name: 'openai:llama3', parameters: { baseUrl, model: 'llama3', system: 'Be brief.', temperature: 0, maxTokens: 5, extraBody: { seed: 7 } } });
  });

  it('matches answers to labels, trimmed and case-insensitive', async () => {
    const baseUrl = await fakeOpenAI((u) => ({ 'ham: a': ' Spam\n', 'ham: b': 'HAM', 'ham: c': 'maybe spam' })[u.slice(-6)]);
    const m = model({ baseUrl, model: 'm', labels: ['spam', 'ham'], prompt: 'Classify as spam or ham: {{input}}' });
    const got = await m.predict(['a', 'b', 'c']);
    expect(got.map(({ latencyMs, ...p }) => p)).toEqual([
      { label: 'spam', text: ' Spam\n' }, { label: 'ham', text: 'HAM' }, { error: 'answer not among labels: "maybe spam" (expected one of spam, ham) (after 1 attempt)' },
    ]);
    expect(m.classes).toEqual(['spam', 'ham']);
  });

  it('uses the prompt template without escaping', async () => {
    const seen: Seen[] = [];
    const baseUrl = await fakeOpenAI(() => 'ok', seen);
    await model({ baseUrl, model: 'm', prompt: 'Q: {{input.q}} <{{input.tag}}>' }).predict([{ q: 'a "b" & c', tag: 'x' }]);
    expect((seen[0].body.messages as { content: string }[])[0].content).toBe('Q: a "b" & c <x>');
  });

  it('reports a response without choices[0].message.content', async () => {
    const baseUrl = await fakeOpenAI(() => undefined);
    expect(await model({ baseUrl, model: 'm' }).predict(['x'])).toMatchObject([{ error: 'response has no `choices[0].message.content` (after 1 attempt)' }]);
  });

  it('sends the key from the environment as Bearer and shows it nowhere', async () => {
    const key = 'sk-proj-SECRET-value-42';
    const seen: Seen[] = [];
    const baseUrl = await fakeOpenAI((u) => (u === 'leak' ? `your key is ${key}` : 'fine'), seen);
    const m = model({ baseUrl, model: 'm', apiKeyEnv: 'MY_LLM_KEY', labels: ['fine'], env: { MY_LLM_KEY: key } });
    const got = await m.predict(['x', 'leak']);
    expect(seen.map((s) => s.auth)).toEqual([`Bearer ${key}`, `Bearer ${key}`]);
    expect(got[1].error).toBe('answer not among labels: "your key is ***" (expected one of fine) (after 1 attempt)');
    expect(JSON.stringify([got, m.identity])).not.toContain(key);
  });

  it('needs the key when apiKeyEnv is given or the endpoint is api.openai.com, and names the variable and the model', () => {
    expect(() => createOpenAIModel({ model: 'm', baseUrl: 'http://127.0.0.1:9/v1', apiKeyEnv: 'MY_LLM_KEY', env: {} }))
      .toThrow(/^apiKeyEnv: environment variable MY_LLM_KEY is not set: it holds the API key of the openai model "m" at http:\/\/127\.0\.0\.1:9\/v1$/);
    expect(() => createOpenAIModel({ model: 'm', baseUrlEnv: 'MY_LLM_URL', env: {} }))
      .toThrow(/baseUrlEnv: environment variable MY_LLM_URL is not set: it holds the base URL of the endpoint of the openai model "m"/);
    expect(() => createOpenAIModel({ model: 'gpt-4o-mini', env: {} })).toThrow(InvalidInputError);
    expect(() => createOpenAIModel({ model: 'gpt-4o-mini', env: {} })).toThrow('environment variable OPENAI_API_KEY is not set');
    const m = createOpenAIModel({ model: 'gpt-4o-mini', env: { OPENAI_API_KEY: 'k' } });
    expect(m.identity.parameters.baseUrl).toBe('https://api.openai.com/v1');
    void m.close?.();
  });

  it('takes the base URL from OPENAI_BASE_URL', async () => {
    const baseUrl = await fakeOpenAI(() => 'ok');
    const m = model({ model: 'm', env: { OPENAI_BASE_URL: baseUrl } });
    expect(m.identity.parameters.baseUrl).toBe(baseUrl);
    expect(await m.predict(['x'])).toMatchObject([{ text: 'ok' }]);
  });

  it('lists config problems', () => {
    let err: InvalidInputError | undefined;
    try {
      createOpenAIModel({ model: '', baseUrl: 'nope', temperature: 3, maxTokens: 0, labels: ['a', 'A'], extraBody: { model: 'x' }, apiKeyEnv: '1BAD', env: {} });
    } catch (e) {
      err = e as InvalidInputError;
    }
    expect(err?.problems.map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'model: is required: the model name, e.g. "gpt-4o-mini"',
      'baseUrl: must be an absolute URL (got "nope")',
      'temperature: must be a number from 0 to 2 (got 3)',
      'maxTokens: must be an integer >= 1 (got 0)',
      'labels.1: repeats labels[0] (labels are matched case-insensitively)',
      'extraBody.model: is set from the other options',
      'apiKeyEnv: must be an environment variable name',
    ]);
  });
});
