import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';
import { bleuFromStats, bleuStats } from '../../src/metrics/bleu.js';

const rows = [
  { id: 'a', out: 'Paris', ref: 'Paris', json: '{"city": "Paris", "n": 1}' },
  { id: 'b', out: 'The capital is Rome.', ref: 'Rome', json: '```json\n{"city": "Rome", "n": 2}\n```' },
  { id: 'c', out: 'Berlin, I think', ref: ['Berlin', 'Berlin, Germany'], json: '{"city": 3}' },
  { id: 'd', out: '', ref: 'Madrid', json: 'not json' },
];

function files(quality: string, gates: string[], data: unknown[] = rows.map((r) => ({ id: r.id, out: r.out, ref: r.ref }))) {
  return tempFiles({
    's.yaml': `suite: q\ndata: { path: d.jsonl, id: id, prediction: out }\nchecks:\n  - quality:\n${quality.replace(/^/gm, '      ')}\ngates: [${gates.map((g) => JSON.stringify(g)).join(', ')}]\n`,
    'd.jsonl': jsonl(data),
    'scorer.mjs': 'export function score({ output, reference }) { return output.toLowerCase().includes(String(reference).toLowerCase()); }\n',
  });
}

describe('a quality check over outputs already made', () => {
  it('computes reference scores, assertions and custom scores, with intervals', async () => {
    const dir = files(
      'reference: ref\ninclude: [exact_match, token_f1, rouge, bleu, chrf, levenshtein]\nassertions:\n  - { name: capital, regex: "^[A-Z]" }\n  - { name: no_think, contains: "i think", ignore_case: true, negate: true }\ncustom:\n  - { name: mentions, module: ./scorer.mjs }',
      ['quality.exact_match >= 0.25', 'quality.token_f1.ci_low >= 0', 'quality.assertions.capital.rate == 0.75', 'quality.custom.mentions == 0.75'],
    );
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
    const f = res.figures;
    expect(f['quality.exact_match'].value).toBe(0.25); // only 'Paris' matches after SQuAD normalization
    expect(f['quality.exact_match'].interval).toBe('bootstrap');
    expect(f['quality.assertions.no_think.rate'].value).toBe(0.75);
    // corpus BLEU of the four pairs, as the scorer computes it directly
    const sum = new Array(10).fill(0);
    rows.forEach((x) => bleuStats(x.out, Array.isArray(x.ref) ? x.ref : [x.ref]).forEach((v, k) => (sum[k] += v)));
    expect(f['quality.bleu'].value).toBe(bleuFromStats(sum));
    expect(f['quality.rouge_l.f1'].ci_low).toBeLessThanOrEqual(f['quality.rouge_l.f1'].value);
    expect(res.checks.quality).toMatchObject({ rows: 4, answered: 4, with_reference: 4 });
  });

  it('checks JSON validity and schema conformance, and length bounds', async () => {
    const data = rows.map((x) => ({ id: x.id, out: x.json }));
    const dir = files('include: [json]\njson_schema: { type: object, required: [city], properties: { city: { type: string } } }\nlength: { max_chars: 30 }', ['quality.json.valid.rate == 0.75', 'quality.json.schema.rate == 0.5', 'quality.length.rate == 0.75'], data);
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
    expect(res.checks.quality.failures.map((x: { id: string; check: string }) => `${x.id}:${x.check}`)).toEqual(['c:json_schema', 'd:json', 'b:length']);
  });

  it('is a load error with its location for a bad regex, a catastrophic regex, a bad JSON Schema', async () => {
    const dir = files('assertions:\n  - { regex: "(unclosed" }\n  - { regex: "(a+)+$" }\njson_schema: { type: nonsense }', []);
    const r = await runCli(['validate', join(dir, 's.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml:6:\d+ checks\[0\]\.quality\.assertions\[0\]\.regex: invalid regex/);
    expect(r.stderr).toMatch(/s\.yaml:7:\d+ checks\[0\]\.quality\.assertions\[1\]\.regex: regex "\(a\+\)\+\$" can backtrack catastrophically/);
    expect(r.stderr).toMatch(/s\.yaml:8:\d+ checks\[0\]\.quality\.json_schema: invalid JSON Schema/);
  });

  it('rejects a gate over a figure the check does not compute, with a hint', async () => {
    const dir = files('include: [bleu]\nreference: ref', ['quality.rouge_l.f1 >= 0.5', 'quality.blue >= 10']);
    const r = await runCli(['validate', join(dir, 's.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quality\.rouge_l\.f1' is not a figure the quality check computes/);
    expect(r.stderr).toMatch(/did you mean 'quality\.bleu'/);
  });
});

describe('safety and quality scoring of hostile outputs', () => {
  it('scores 1 MB, empty and control-character outputs without crashing or hanging, and skips a non-UTF-8 row as bad', async () => {
    const big = `${'a@'.repeat(200_000)}${'(1 '.repeat(100_000)}${'eyJ'.repeat(50_000)} 4111 1111 1111 1111`;
    const dir = tempFiles({
      's.yaml': 'suite: hostile\ndata: { path: d.jsonl, id: id, prediction: out, label: ref, on_bad_row: skip }\nchecks:\n  - safety: { include: [pii, profanity] }\n  - quality: { include: [exact_match, token_f1, rouge, bleu, chrf, levenshtein, json, length] }\ngates:\n  - safety.pii.credit_card.count == 1\n',
      'd.jsonl': '',
    });
    const lines = [
      JSON.stringify({ id: 'big', out: big, ref: 'a b c' }),
      JSON.stringify({ id: 'empty', out: '', ref: '' }),
      JSON.stringify({ id: 'ctrl', out: '\u0000\u0001\u001b[31m\u007f\u2028', ref: 'x' }),
    ].join('\n');
    // a row whose bytes are not UTF-8 (0xff 0xfe inside the string): a bad row (issue 23 item 11), skipped here
    const bad = Buffer.concat([Buffer.from(`${lines}\n{"id": "bytes", "out": "caf`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('", "ref": "cafe"}\n')]);
    writeFileSync(join(dir, 'd.jsonl'), bad);
    const t = performance.now();
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(performance.now() - t).toBeLessThan(60_000);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
    expect(res.checks.safety.rows).toBe(3);
    expect(res.data.skipped.rows).toEqual([{ line: 4, message: `invalid UTF-8 at byte ${bad.indexOf(0xff)} of the file` }]);
    expect(res.figures['quality.exact_match'].value).toBeCloseTo(1 / 3, 12); // only the empty output matches its empty reference
  }, 120_000);
});

describe('the safety and quality sections of report.html', () => {
  it('escape untrusted ids and show the masked findings only', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const dir = tempFiles({
      's.yaml': 'suite: xss\ndata: { path: d.jsonl, id: id, prediction: out }\nchecks:\n  - safety: { include: [pii, profanity] }\n  - quality: { include: [json] }\ngates: []\n',
      'd.jsonl': jsonl([{ id: evil, out: 'mail jane.doe@example.com, you little sh1t' }, { id: 'ok', out: '{"a": 1}' }]),
    });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    const safety = /<section class="section" id="safety">([\s\S]*?)<\/section>/.exec(html)![1];
    const quality = /<section class="section" id="quality">([\s\S]*?)<\/section>/.exec(html)![1];
    expect(safety + quality).not.toContain(evil);
    expect(safety).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(safety).toContain('ja***om');
    expect(html).not.toContain('jane.doe@example.com');
    expect(quality).toContain('quality.json.valid.rate');
  });
});
