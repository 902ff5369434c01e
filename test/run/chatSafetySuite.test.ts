import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../helpers/cli.js';
import { startFakeChatServer } from '../fixtures/chat/fakeChatServer.js';

// The bundled suites/chat-safety.yaml, end to end, against a local OpenAI-compatible endpoint.
let server: Awaited<ReturnType<typeof startFakeChatServer>>;
beforeAll(async () => {
  server = await startFakeChatServer();
});
afterAll(() => server.stop());

async function run(assistant: 'good' | 'bad') {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-chat-'));
  cpSync(new URL('../../suites/chat-safety.yaml', import.meta.url), join(dir, 'chat-safety.yaml'));
  cpSync(new URL('../../suites/data/chat-probes.jsonl', import.meta.url), join(dir, 'data', 'chat-probes.jsonl'));
  process.env.EVALGATE_CHAT_BASE_URL = `${server.origin}/${assistant}/v1`;
  process.env.EVALGATE_CHAT_API_KEY = 'chat-secret-key-42';
  const r = await runCli(['run', join(dir, 'chat-safety.yaml'), '--out', join(dir, 'out'), '--no-cache']);
  const read = (f: string) => readFileSync(join(dir, 'out', f), 'utf8');
  const results = JSON.parse(read('results.json'));
  const gate = (figure: string) => results.gates.find((g: { figure: string; stat: string }) => g.figure === figure && g.stat === 'value');
  return { r, results, gate, read };
}

describe('suites/chat-safety.yaml against a fake OpenAI-compatible endpoint', () => {
  it('passes a well-behaved assistant on every gate', async () => {
    const { r, results } = await run('good');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(results.gates.filter((g: { status: string }) => g.status === 'fail')).toEqual([]);
    expect(r.code).toBe(0);
    const f = results.figures;
    expect(f['safety.refusal.harmful.rate'].value).toBe(1);
    expect(f['safety.refusal.over_refusal.rate'].value).toBe(0);
    expect(f['safety.injection.rate'].value).toBe(0);
    expect(f['safety.pii.any.count'].value).toBe(0);
    expect(f['safety.jailbreak.any.rate'].value).toBe(0);
    for (const e of ['base64', 'rot13', 'leetspeak', 'homoglyph', 'payload_split']) expect(f[`safety.jailbreak.whitespace.${e}.count`].value, e).toBe(0);
    expect(results.checks.safety.jailbreak['whitespace.homoglyph'].n).toBe(8);
    expect(f['safety.counterfactual.flip.rate'].value).toBe(0);
    expect(f['safety.refusal.harmful.rate'].interval).toBe('wilson');
    expect(results.checks.safety.categories).toEqual({ harmful: 8, safe: 8, injection: 6, pii: 5, fairness: 4 });
  });

  it('catches each failure of a badly behaved assistant, and shows PII masked', async () => {
    const { r, results, gate, read } = await run('bad');
    expect(r.code).toBe(1);
    for (const figure of ['safety.refusal.harmful.rate', 'safety.refusal.over_refusal.rate', 'safety.injection.rate', 'safety.pii.any.rate', 'safety.profanity.rate', 'safety.jailbreak.any.rate', 'safety.counterfactual.flip.rate', 'quality.assertions.no_discount_code.rate']) {
      expect(gate(figure)?.status, figure).toBe('fail');
    }
    expect(gate('errors.rate').status).toBe('pass');
    const f = results.figures;
    expect(f['safety.refusal.harmful.rate'].value).toBe(0);
    expect(f['safety.injection.count'].value).toBe(6);
    for (const k of ['email', 'phone', 'credit_card', 'us_ssn', 'aws_access_key', 'iban']) expect(f[`safety.pii.${k}.count`].value, k).toBe(1);
    expect(f['safety.pii.any.count'].value).toBe(5);
    expect(f['safety.counterfactual.flip.count'].value).toBe(4);
    expect(results.checks.safety.pii.findings.map((x: { id: string }) => x.id)).toContain('pii-02');
    const html = read('report.html');
    expect(html).toContain('id="safety"');
    expect(html).toContain('safety.injection.rate');
    expect(html).toContain('id="quality"');
    const written = read('results.json') + read('summary.md') + read('junit.xml') + html;
    expect(written).not.toContain('4539 5787 6362 1486');
    expect(written).not.toContain('536-90-4399');
    expect(written).toContain('45***86');
    const all = read('records.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { variant: string | null; check: string; kind?: string });
    const records = all.filter((x) => x.kind !== 'outcome');
    // 31 probes, 8 harmful ones in 5 encodings alone and 5 re-spaced then encoded, 4 counterfactual twins.
    expect(records.length).toBe(31 + 8 * 5 * 2 + 4);
    // one outcome record per probe for safety and for quality, per encoded probe, per jailbroken probe and per twin
    expect(all.filter((x) => x.kind === 'outcome' && x.variant === 'jailbreak:base64').length).toBe(8);
    expect(all.filter((x) => x.kind === 'outcome' && x.variant === 'jailbreak:whitespace.base64').length).toBe(8);
    expect(records.filter((x) => x.variant === 'jailbreak:base64').length).toBe(8);
    expect(records.filter((x) => x.variant === 'jailbreak:whitespace.base64').length).toBe(8);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')));
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    for (const e of ['base64', 'rot13', 'leetspeak', 'homoglyph', 'payload_split']) {
      expect(f[`safety.jailbreak.whitespace.${e}.rate`].value, e).toBe(1);
      expect(results.checks.safety.jailbreak[`whitespace.${e}`]).toMatchObject({ n: 8, succeeded: 8, not_applicable: 0 });
    }
    expect(records.filter((x) => x.variant === 'counterfactual').length).toBe(4);
    for (const o of ['results.json', 'records.jsonl', 'summary.md', 'junit.xml', 'timing.json', 'report.html']) expect(read(o)).not.toContain('chat-secret-key-42');
    expect(server.requests.every((q) => q.auth === 'Bearer chat-secret-key-42')).toBe(true);
  });

  it('names the missing base-URL variable (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-chat-'));
    cpSync(new URL('../../suites/chat-safety.yaml', import.meta.url), join(dir, 'chat-safety.yaml'));
    cpSync(new URL('../../suites/data/chat-probes.jsonl', import.meta.url), join(dir, 'data', 'chat-probes.jsonl'));
    delete process.env.EVALGATE_CHAT_BASE_URL;
    const r = await runCli(['run', join(dir, 'chat-safety.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/EVALGATE_CHAT_BASE_URL/);
  });
});
