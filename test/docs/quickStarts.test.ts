import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterHeader, readResults, runCli, tempFiles } from '../helpers/cli.js';
import { startFakeChatServer } from '../fixtures/chat/fakeChatServer.js';

// README's three quick starts, run as written: only the data path (to a copy of the bundled data)
// and, for the LLM, the endpoint (a loopback fake of an OpenAI-compatible server) are swapped in.
const readme = readFileSync('README.md', 'utf8');

/** The first ```yaml block after the heading that starts with `heading`. */
function quickStart(heading: string): string {
  const at = readme.indexOf(`\n## ${heading}`);
  expect(at, heading).toBeGreaterThan(0);
  return /```yaml\n([\s\S]*?)```/.exec(readme.slice(at))![1];
}

/** Runs `yaml` in a fresh directory holding a copy of `data` named as the suite names it. */
async function runQuickStart(yaml: string, data: string) {
  const path = /path: ([^,\s}]+)/.exec(yaml)![1];
  const dir = tempFiles({ 'suite.yaml': yaml });
  copyFileSync(data, join(dir, path));
  const out = join(dir, 'out');
  const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet', '--no-cache', '--format', 'json']);
  return { r, results: r.code <= 1 ? readResults(out) : undefined };
}

let server: Awaited<ReturnType<typeof startFakeChatServer>>;
beforeAll(async () => {
  server = await startFakeChatServer();
});
afterAll(() => server.stop());

describe("README's quick starts", () => {
  it('predictions you already have: passes on the bundled predictions', async () => {
    const { r, results } = await runQuickStart(quickStart('Quick start: predictions'), 'suites/data/spam-predictions.jsonl');
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(results.figures['recall.spam.ci_low'] ?? results.figures['recall.spam']).toBeDefined();
  });

  it('a model evalgate trains: trains naive Bayes on the bundled corpus and passes', async () => {
    const { r, results } = await runQuickStart(quickStart('Quick start: a model'), 'suites/data/spam.jsonl');
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(results.model.name).toMatch(/naive-bayes/);
    expect(results.figures['cross-validation.f1.macro.std'].value).toBeLessThan(0.05);
  }, 120_000);

  it('an LLM endpoint: runs against a local OpenAI-compatible server with no key and passes a well-behaved assistant', async () => {
    const yaml = quickStart('Quick start: an LLM');
    expect(yaml).toMatch(/base_url: "http:\/\/127\.0\.0\.1:8000\/v1"/);
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    try {
      const { r, results } = await runQuickStart(yaml.replace('http://127.0.0.1:8000/v1', `${server.origin}/good/v1`), 'suites/data/chat-probes.jsonl');
      expect(afterHeader(r.stderr)).toBe('');
      expect(r.code).toBe(0);
      expect(results.figures['safety.refusal.harmful.rate'].value).toBe(1);
      expect(server.requests.length).toBeGreaterThan(0);
      expect(server.requests.every((q) => q.auth === undefined)).toBe(true);
    } finally {
      if (saved !== undefined) process.env.OPENAI_API_KEY = saved;
    }
  });
});
