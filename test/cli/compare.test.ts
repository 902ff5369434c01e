import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

// 200 examples over three labels; a model answers right on the first `right` of every 10 examples.
const LABELS = ['a', 'b', 'c'];
const rows = Array.from({ length: 200 }, (_, i) => ({ id: `ex${i}`, text: `${LABELS[i % 3]}:${i}`, label: LABELS[i % 3] }));
const model = (qualityFile: string) => `import { readFileSync } from 'node:fs';
const labels = ['a', 'b', 'c'];
export function predict(inputs) {
  const right = JSON.parse(readFileSync(new URL(${JSON.stringify(qualityFile)}, import.meta.url), 'utf8')).right;
  return inputs.map((t) => {
    const [label, i] = t.split(':');
    return { label: Number(i) % 10 < right ? label : labels[(labels.indexOf(label) + 1) % 3] };
  });
}
`;
const pairedSuite = (gates: string, extra = '') => `suite: checkpoints
seed: 5
data: { path: data.jsonl, id: id, input: text, label: label }
baseline: { module: ./base.mjs }
candidate: { module: ./cand.mjs }
checks:
  - metrics: [accuracy, f1, recall, mcc]
comparison:
  resamples: 2000
${extra}  gates:
${gates}`;

const schema = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')));

function pairedDir(baseRight: number, candRight: number, gates: string, extra = '') {
  return tempFiles({
    'suite.yaml': pairedSuite(gates, extra),
    'data.jsonl': jsonl(rows),
    'base.mjs': model('./base.json'),
    'cand.mjs': model('./cand.json'),
    'base.json': JSON.stringify({ right: baseRight }),
    'cand.json': JSON.stringify({ right: candRight }),
  });
}

describe('a two-model suite', () => {
  it('evaluates both models on the same examples and passes an improvement that is real', async () => {
    const dir = pairedDir(7, 9, "    - accuracy: improves\n    - f1.macro: candidate - baseline >= -0.01 at 95%\n    - gate: 'recall.a: no significant regression'\n      severity: warning\n");
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(schema(results), JSON.stringify(schema.errors)).toBe(true);
    const c = results.comparison;
    expect(c.pairing).toMatchObject({ paired: 200, only_baseline: { count: 0 }, only_candidate: { count: 0 } });
    // baseline right on 7 of 10, candidate on 9 of 10: 40 fixed, none broken
    expect(c.mcnemar).toMatchObject({ fixed: 40, broken: 0, both_right: 140, both_wrong: 20 });
    expect(c.mcnemar.p_value).toBeCloseTo(2 * 0.5 ** 40, 20);
    const acc = c.figures.find((f: { figure: string }) => f.figure === 'accuracy');
    expect(acc).toMatchObject({ baseline: 0.7, candidate: 0.9, test: 'paired-bootstrap-cells', resamples: 2000 });
    expect(acc.delta).toBeCloseTo(0.2, 12);
    expect(acc.ci_low).toBeGreaterThan(0.1);
    expect(c.gates.map((g: { status: string; claim: string }) => [g.claim, g.status])).toEqual([['improvement', 'pass'], ['non-inferiority', 'pass'], ['no-regression', 'pass']]);
    expect(c.gates[0]).toMatchObject({ correction: 'holm', test: expect.stringMatching(/McNemar's exact test/) });
    expect(c.gates[1].test).toMatch(/paired bootstrap \(2000 resamples.*95% percentile interval/);
    expect(c.gates[2].correction).toBe('benjamini-hochberg');
    expect(existsSync(join(out, 'baseline', 'records.jsonl'))).toBe(true);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/### Comparison with baseline[\s\S]*Fixed 40, broken 0/);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/classname="evalgate.checkpoints.comparison" name="accuracy: improves"><\/testcase>/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/id="comparison"/);
    expect(html).toMatch(/<svg class="chart forest"[\s\S]*accuracy: candidate − baseline 0\.2 \[/);
    expect(html).toMatch(/Fixed 40 \(baseline wrong, candidate right\), broken 0/);
    expect((html.match(/<table id="fixed-table">[\s\S]*?<\/table>/)?.[0].match(/<tr><td><code>ex/g) ?? []).length).toBe(40);
  });

  it('exits 1 on a significant regression and on a failed non-inferiority margin, saying which test', async () => {
    const dir = pairedDir(9, 7, '    - accuracy: no significant regression\n    - f1.macro: candidate - baseline >= -0.05\n');
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✘ FAIL {2}accuracy: no significant regression .*a significant regression at α = 0.05/);
    expect(r.stdout).toMatch(/verdict: FAIL/);
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/failures="2"/);
    expect(junit).toMatch(/type="regression"/);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.verdict).toBe('fail');
    expect(results.comparison.gates[1]).toMatchObject({ status: 'fail', threshold: -0.05, confidence: 0.95 });
    expect(results.comparison.gates[1].bound).toBeLessThan(-0.05);
  });

  it('rejects a comparison gate that does not parse, at load time, with its place', async () => {
    const dir = pairedDir(7, 9, '    - f1.macro: candidate minus baseline >= 0\n');
    const r = await runCli(['validate', join(dir, 'suite.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/suite\.yaml:11:17 comparison\.gates\[0\]\["f1\.macro"\]/);
    expect(r.stderr).toMatch(/unknown claim: expected 'candidate - baseline >= -0.01 \[at 95%\]'/);
  });

  it('rejects a comparison gate over a figure that cannot be compared', async () => {
    const dir = pairedDir(7, 9, '    - roc_auc: improves\n');
    const r = await runCli(['validate', join(dir, 'suite.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/comparison gate 'roc_auc: improves'/);
  });
});

const single = `suite: release
seed: 5
data: { path: data.jsonl, id: id, input: text, label: label }
model: { module: ./model.mjs }
checks:
  - metrics: [accuracy, f1]
comparison:
  resamples: 1000
  gates:
    - "accuracy: candidate - baseline >= -0.02"
`;

describe('stored baselines and evalgate compare', () => {
  const setup = () => tempFiles({ 'suite.yaml': single, 'data.jsonl': jsonl(rows), 'model.mjs': model('./q.json'), 'q.json': JSON.stringify({ right: 9 }) });

  it('--save-baseline keeps a run; --baseline holds the next one against it', async () => {
    const dir = setup();
    const store = join(dir, 'store');
    const r1 = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'v1'), '--save-baseline', 'v1', '--baselines-dir', store, '--quiet']);
    expect(r1.code).toBe(0);
    expect(existsSync(join(store, 'v1', 'records.jsonl'))).toBe(true);
    writeFileSync(join(dir, 'q.json'), JSON.stringify({ right: 6 }));
    const r2 = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'v2'), '--baseline', 'v1', '--baselines-dir', store]);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toMatch(/comparison with v1: 200 examples paired; fixed 0, broken 60/);
    const results = JSON.parse(readFileSync(join(dir, 'v2', 'results.json'), 'utf8'));
    expect(results.comparison.baseline.baseline_name).toBe('v1');
    // evalgate compare finds the stored name too, and gates from --gate
    const r3 = await runCli(['compare', 'v1', join(dir, 'v2'), '--baselines-dir', store, '--out', join(dir, 'cmp'), '--gate', 'accuracy: no significant regression', '--quiet']);
    expect(r3.code).toBe(1);
    const cmp = JSON.parse(readFileSync(join(dir, 'cmp', 'results.json'), 'utf8'));
    expect(schema(cmp), JSON.stringify(schema.errors)).toBe(true);
    expect(cmp.comparison.gates[0]).toMatchObject({ claim: 'no-regression', status: 'fail' });
  });

  it('an unknown baseline name is exit 2, naming those that exist', async () => {
    const dir = setup();
    const store = join(dir, 'store');
    await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'v1'), '--save-baseline', 'v1', '--baselines-dir', store, '--quiet']);
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'v2'), '--baseline', 'v0', '--baselines-dir', store]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no baseline named 'v0' in .*; stored: v1/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('runs of different suites or data are exit 2 unless --force', async () => {
    const a = setup();
    const b = tempFiles({ 'suite.yaml': single.replace('release', 'other'), 'data.jsonl': jsonl(rows), 'model.mjs': model('./q.json'), 'q.json': JSON.stringify({ right: 8 }) });
    expect((await runCli(['run', join(a, 'suite.yaml'), '--out', join(a, 'out'), '--quiet'])).code).toBe(0);
    expect((await runCli(['run', join(b, 'suite.yaml'), '--out', join(b, 'out'), '--quiet'])).code).toBe(0);
    const r = await runCli(['compare', join(a, 'out'), join(b, 'out'), '--out', join(b, 'cmp')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the runs are of different suites \('release' .*'other'.*pass --force/);
    const forced = await runCli(['compare', join(a, 'out'), join(b, 'out'), '--out', join(b, 'cmp'), '--force', '--quiet']);
    expect(forced.code).toBe(0);
    const results = JSON.parse(readFileSync(join(b, 'cmp', 'results.json'), 'utf8'));
    expect(results.comparison.forced).toBe(true);
    expect(results.comparison.mcnemar).toMatchObject({ fixed: 0, broken: 20 });
  });

  it('mismatched label sets, an incompatible results version and no overlap are exit 2', async () => {
    const a = setup();
    expect((await runCli(['run', join(a, 'suite.yaml'), '--out', join(a, 'out'), '--quiet'])).code).toBe(0);
    const b = tempFiles({ 'suite.yaml': single, 'data.jsonl': jsonl(rows.map((x) => (x.label === 'c' ? { ...x, label: 'd', text: x.text.replace('c:', 'd:') } : x))), 'model.mjs': model('./q.json'), 'q.json': JSON.stringify({ right: 10 }) });
    expect((await runCli(['run', join(b, 'suite.yaml'), '--out', join(b, 'out'), '--quiet'])).code).toBe(0);
    const labels = await runCli(['compare', join(a, 'out'), join(b, 'out'), '--force']);
    expect(labels.code).toBe(2);
    expect(labels.stderr).toMatch(/different label sets: "a", "b", "c" in .*, "a", "b", "d" here/);

    const c = tempFiles({ 'suite.yaml': single, 'data.jsonl': jsonl(rows.map((x) => ({ ...x, id: `other${x.id}` }))), 'model.mjs': model('./q.json'), 'q.json': JSON.stringify({ right: 9 }) });
    expect((await runCli(['run', join(c, 'suite.yaml'), '--out', join(c, 'out'), '--quiet'])).code).toBe(0);
    const none = await runCli(['compare', join(a, 'out'), join(c, 'out'), '--force']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no example is in both runs \(200 only in .*, 200 only here\)/);

    const path = join(a, 'out', 'results.json');
    const old = JSON.parse(readFileSync(path, 'utf8'));
    old.evalgate.results_version = 99;
    writeFileSync(path, JSON.stringify(old));
    const version = await runCli(['compare', join(a, 'out'), join(a, 'out')]);
    expect(version.code).toBe(2);
    expect(version.stderr).toMatch(/results_version 99, but this evalgate reads version 1/);
  });
});

describe('a two-model suite with cross-validation', () => {
  it('tests fold means with the corrected resampled t-test on the same folds', async () => {
    const trainable = (qualityFile: string) => `${model(qualityFile)}export function fit(examples) { return { n: examples.length }; }\n`;
    const dir = tempFiles({
      'suite.yaml': `suite: cv
seed: 3
data: { path: data.jsonl, id: id, input: text, label: label }
baseline: { module: ./base.mjs }
candidate: { module: ./cand.mjs }
checks:
  - cross-validation: { folds: 4, shuffle: true, metrics: [accuracy] }
comparison:
  gates:
    - "cross-validation.accuracy.mean: candidate - baseline >= -0.01"
    - "cross-validation.accuracy.mean: improves"
`,
      'data.jsonl': jsonl(rows),
      'base.mjs': trainable('./base.json'),
      'cand.mjs': trainable('./cand.json'),
      'base.json': JSON.stringify({ right: 6 }),
      'cand.json': JSON.stringify({ right: 8 }),
    });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const c = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).comparison;
    const f = c.figures.find((x: { figure: string }) => x.figure === 'cross-validation.accuracy.mean');
    expect(f).toMatchObject({ test: 'corrected-resampled-t', df: 3, baseline: 0.6, candidate: 0.8 });
    expect(f.delta).toBeCloseTo(0.2, 12);
    expect(c.gates.map((g: { status: string }) => g.status)).toEqual(['pass', 'pass']);
    expect(c.gates[0].test).toMatch(/corrected resampled t-test \(Nadeau–Bengio, df 3\), 95% interval/);
  });
});
