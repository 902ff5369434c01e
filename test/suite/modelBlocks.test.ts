import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';
import { suiteValidator } from '../../src/suite/suiteSchema.js';

const rows = jsonl([{ id: 'a', text: 'hello', label: 'ham' }, { id: 'b', text: 'win', label: 'spam' }]);

/** A suite whose model block is `model` (YAML lines, indented by two), scored by accuracy. */
const suiteWith = (model: string) => `suite: s
data: { path: d.jsonl, id: id, input: text, label: label }
model:
${model}
checks:
  - metrics: [accuracy]
`;

const openai = (extra = '') => `  openai:
    base_url: http://127.0.0.1:9/v1
    model: tiny
${extra}`;

async function validate(model: string) {
  const dir = tempFiles({ 'd.jsonl': rows, 's.yaml': suiteWith(model) });
  const file = join(dir, 's.yaml');
  const r = await runCli(['validate', file]);
  return { ...r, file: relative(process.cwd(), file) };
}

describe('typed model blocks: every typo is refused at validate with its line and a hint', () => {
  const cases: [string, string, string, RegExp][] = [
    ['base_ulr', `  openai:\n    base_ulr: http://127.0.0.1:9/v1\n    model: tiny\n`, '5:5 model.openai.base_ulr', /unknown key 'base_ulr' \(did you mean 'base_url'\?\)/],
    ['sytem', openai('    sytem: Be brief.\n'), '7:5 model.openai.sytem', /unknown key 'sytem' \(did you mean 'system'\?\)/],
    ['temprature', openai('    temprature: 0\n'), '7:5 model.openai.temprature', /unknown key 'temprature' \(did you mean 'temperature'\?\)/],
    ['headrs', `  http:\n    url: http://127.0.0.1:9/x\n    output: label\n    headrs: { Authorization: "Bearer \${K}" }\n`, '7:5 model.http.headrs', /unknown key 'headrs' \(did you mean 'headers'\?\)/],
    ['modle', `  openai:\n    base_url: http://127.0.0.1:9/v1\n    modle: tiny\n`, '6:5 model.openai.modle', /unknown key 'modle' \(did you mean 'model'\?\)/],
  ];
  for (const [typo, model, where, message] of cases) {
    it(`refuses '${typo}'`, async () => {
      const r = await validate(model);
      expect(r.code).toBe(2);
      const line = r.stderr.split('\n').find((l) => l.includes(typo));
      expect(line).toBe(line && `error: ${r.file}:${where}: ${line.split(`${where}: `)[1]}`);
      expect(line).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("checks required keys at validate: 'modle' leaves the openai block without its model", async () => {
    const r = await validate(`  openai:\n    base_url: http://127.0.0.1:9/v1\n    modle: tiny\n`);
    expect(r.stderr).toContain(`${r.file}:5:5 model.openai: missing required key 'model'`);
  });

  it('checks the adapter rules at validate, in the suite spelling and at the line', async () => {
    const http = await validate(`  http:\n    url: http://user:pw@127.0.0.1:9/x\n    body: '{{#if}}'\n`);
    expect(http.code).toBe(2);
    expect(http.stderr).toContain(`${http.file}:5:5 model.http.url: must not contain credentials`);
    expect(http.stderr).toContain(`${http.file}:6:5 model.http.body: template does not compile`);
    expect(http.stderr).toMatch(/model\.http\.output: is required \(or score, or probabilities\)/);
    const env = await validate(openai('    api_key_env: my-key\n'));
    expect(env.stderr).toContain(`${env.file}:7:18 model.openai.api_key_env: must be an environment variable name`);
    const extra = await validate(openai('    extra_body: { model: other }\n'));
    expect(extra.stderr).toContain(`${extra.file}:7:19 model.openai.extra_body.model: is set from the other options`);
    expect(env.stderr + extra.stderr).not.toMatch(/apiKeyEnv|extraBody|baseUrl/);
  });

  it('says where a model option written inside the openai block belongs', async () => {
    const r = await validate(openai('    timeout_ms: 1000\n'));
    expect(r.stderr).toContain(`${r.file}:7:5 model.openai.timeout_ms: unknown key 'timeout_ms': timeout_ms is a model option, written beside 'openai:' (one level up), not inside it`);
  });

  it('refuses a model with no kind or two kinds, and options of another kind', async () => {
    expect((await validate('  batch_size: 8\n')).stderr).toMatch(/4:3 model: a model names its kind: one of builtin, module, command, http, openai/);
    expect((await validate('  builtin: majority\n  command: [node, m.mjs]\n')).stderr).toMatch(/model: a model has exactly one kind, but this one names builtin and command/);
    expect((await validate('  command: [node, m.mjs]\n  params: { alpha: 1 }\n')).stderr).toMatch(/5:3 model\.params: params are the parameters of a builtin model, but this model is command/);
    expect((await validate(openai('  fit_command: [node, fit.mjs]\n'))).stderr).toMatch(/7:3 model\.fit_command: fit_command trains a command model, but this model is openai/);
  });

  it('types the builtin params per model', async () => {
    const nb = await validate('  builtin: naive-bayes\n  params: { alpha: -1, ngram_rang: [1, 2], strip_accents: yes }\n');
    expect(nb.stderr).toContain("model.params.ngram_rang: unknown key 'ngram_rang' (did you mean 'ngram_range'?)");
    expect(nb.stderr).toMatch(/model\.params\.alpha: must be >= 0 \(got -1\)/);
    expect(nb.stderr).toMatch(/model\.params\.strip_accents: must be one of "unicode", "ascii", null \(got "yes"\)/);
    expect(nb.stderr).not.toMatch(/must match "then" schema/);
    const strat = await validate('  builtin: stratified\n  params: { probabilities: prior }\n');
    expect(strat.stderr).toMatch(/model\.params\.probabilities: unknown key 'probabilities'; expected one of: seed/);
    const maj = await validate('  builtin: majority\n  params: { probabilities: prior }\n');
    expect(maj.stderr).not.toMatch(/params/);
    // a range the schema cannot state is still checked by the model, in the suite's spelling
    const range = await validate('  builtin: naive-bayes\n  params: { ngram_range: [3, 1] }\n');
    expect(range.stderr).toMatch(/model\.params: .*ngram_range/);
  });
});

describe('the suite schema completes the openai block', () => {
  const suite = (openaiBlock: Record<string, unknown>) => ({ suite: 's', data: { path: 'd.jsonl' }, model: { openai: openaiBlock }, checks: [{ metrics: ['accuracy'] }] });
  it('validates every key the adapter reads, and refuses an unknown one', () => {
    const v = suiteValidator();
    const full = { model: 'm', base_url: 'http://h/v1', base_url_env: 'U', api_key_env: 'K', system: 's', prompt: '{{input}}', temperature: 0, max_tokens: 9, labels: ['a', 1], extra_body: { seed: 7 }, version: 'v' };
    expect(v(suite(full)), JSON.stringify(v.errors)).toBe(true);
    expect(v(suite({ model: 'm', top_p: 1 }))).toBe(false);
    expect(v.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'top_p' } });
    expect(v(suite({ base_url: 'http://h/v1' }))).toBe(false);
    expect(v(suite({ model: 'm', temperature: 3 }))).toBe(false);
  });
});

describe('a missing API key at run', () => {
  it('exits 2 naming the variable, the model and the line, in the suite spelling', () => {
    const dir = tempFiles({ 'd.jsonl': rows, 's.yaml': suiteWith(openai('    api_key_env: EVALGATE_TEST_ABSENT_KEY\n')) });
    const env = { ...process.env };
    delete env.EVALGATE_TEST_ABSENT_KEY;
    const r = spawnSync(process.execPath, ['bin/evalgate.js', 'run', join(dir, 's.yaml'), '--out', join(dir, 'out')], { encoding: 'utf8', env });
    expect(r.status).toBe(2);
    const file = relative(process.cwd(), join(dir, 's.yaml'));
    expect(r.stderr).toContain(`${file}:7:5 model.openai.api_key_env: environment variable EVALGATE_TEST_ABSENT_KEY is not set: it holds the API key of the openai model "tiny" at http://127.0.0.1:9/v1`);
    expect(r.stderr).not.toMatch(/apiKeyEnv|\n\s+at /);
    // validate checks the file, not the machine: the same suite is valid without the variable
    const v = spawnSync(process.execPath, ['bin/evalgate.js', 'validate', join(dir, 's.yaml')], { encoding: 'utf8', env });
    expect(v.status, v.stderr).toBe(0);
  });
});
