import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

const suite = (extra = '', gates = '  - f1 >= 0.5\n') => `suite: demo
seed: 3
data:
  path: data.jsonl
  label: label
  prediction: prediction
  score: score
  pos_label: spam
${extra}checks:
  - metrics: [accuracy, precision, recall, f1, mcc, roc_auc, ece]
gates:
${gates}`;

const rows = [
  { label: 'spam', prediction: 'spam', score: 0.9 },
  { label: 'spam', prediction: 'ham', score: 0.4 },
  { label: 'ham', prediction: 'ham', score: 0.2 },
  { label: 'ham', prediction: 'spam', score: 0.6 },
  { label: 'spam', prediction: 'spam', score: 0.8 },
  { label: 'ham', prediction: 'ham', score: 0.1 },
];

describe('evalgate run', () => {
  it('writes every output and exits 0 when the gates pass', async () => {
    const dir = tempFiles({ 'suite.yaml': suite(), 'data.jsonl': jsonl(rows) });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out]);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ pass {2}f1 >= 0\.5 {2}\(f1 = 0\.6667/);
    for (const f of ['report.html', 'results.json', 'records.jsonl', 'summary.md', 'junit.xml', 'timing.json']) expect(existsSync(join(out, f))).toBe(true);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*<span class="verdict-text">PASS<\/span>/);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    // 4 of 6 right; spam: tp 2, fp 1, fn 1
    expect(results.figures.accuracy.value).toBeCloseTo(4 / 6, 15);
    expect(results.figures['precision.spam'].value).toBeCloseTo(2 / 3, 15);
    expect(results.figures.f1).toMatchObject({ average: 'binary' });
    expect(results.checks.metrics.confusion_matrix).toEqual({ labels: ['ham', 'spam'], matrix: [[2, 1], [1, 2]] });
    expect(results.verdict).toBe('pass');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')));
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(6);
    expect(records[1]).toMatchObject({ check: 'metrics', output: 'ham', expected: 'spam', score: 0.4, error: null });
  });

  it('exits 1 when a blocking gate fails, and says which in JUnit and Markdown', async () => {
    const dir = tempFiles({ 'suite.yaml': suite('', '  - f1 >= 0.9\n  - gate: mcc > 0.99\n    severity: warning\n'), 'data.jsonl': jsonl(rows) });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✘ FAIL {2}f1 >= 0\.9/);
    expect(r.stdout).toMatch(/⚠ warn {2}mcc > 0\.99/);
    expect(r.stdout).toMatch(/verdict: FAIL/);
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="demo" tests="2" failures="1"/);
    expect(junit).toMatch(/<failure message="f1 = 0\.6667 is not &gt;= 0\.9 \(95% CI [\d.]+–[\d.]+\); threshold &gt;= 0\.9; severity blocking" type="gate">/);
    expect(junit).toMatch(/<system-out>WARNING: mcc = /);
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toMatch(/^## ❌ FAIL: evalgate suite `demo`/);
    expect(md).toMatch(/\| ❌ fail \| f1 &gt;= 0\.9 \| 0\.6667 \|/);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).counts).toEqual({ gates: 2, passed: 0, failed: 1, warnings: 1, no_data: 0 });
  });

  it('writes byte-identical results.json for the same inputs and seed', async () => {
    const dir = tempFiles({ 'suite.yaml': suite(), 'data.jsonl': jsonl(rows) });
    await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'a')]);
    await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'b')]);
    const a = readFileSync(join(dir, 'a', 'results.json'));
    expect(a.equals(readFileSync(join(dir, 'b', 'results.json')))).toBe(true);
    expect(a.toString()).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('writes only the formats asked for', async () => {
    const dir = tempFiles({ 'suite.yaml': suite(), 'data.jsonl': jsonl(rows) });
    const out = join(dir, 'out');
    expect((await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--format', 'junit', '--quiet'])).code).toBe(0);
    expect(existsSync(join(out, 'junit.xml'))).toBe(true);
    expect(existsSync(join(out, 'results.json'))).toBe(false);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    const html = join(dir, 'html');
    expect((await runCli(['run', join(dir, 'suite.yaml'), '--out', html, '--format', 'html', '--quiet'])).code).toBe(0);
    expect(existsSync(join(html, 'report.html'))).toBe(true);
    expect(existsSync(join(html, 'summary.md'))).toBe(false);
    const bad = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format: unknown output format 'pdf'; choose from html, json, junit, md/);
  });

  it('counts and lists skipped rows when the suite opts into skip', async () => {
    const text = jsonl(rows) + '{"label": "spam", "prediction": "spam", "score": "high"}\n{broken\n';
    const dir = tempFiles({ 'suite.yaml': suite().replace('  pos_label: spam\n', '  pos_label: spam\n  on_bad_row: skip\n'), 'data.jsonl': text });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out]);
    expect(afterHeader(r.stderr)).toBe('');
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.data).toMatchObject({ rows: 8, examples: 6 });
    expect(results.data.skipped.count).toBe(2);
    expect(results.data.skipped.rows.map((s: { line: number }) => s.line)).toEqual([7, 8]);
    expect(results.data.skipped.rows[0]).toMatchObject({ field: 'score' });
    expect(r.stdout).toMatch(/2 bad rows skipped/);
  });

  it('stops with exit 2 naming a gate label the data does not have', async () => {
    const dir = tempFiles({ 'suite.yaml': suite('', '  - recall.spma >= 0.5\n'), 'data.jsonl': jsonl(rows) });
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/suite\.yaml:12:5 gates\[0\]: gate 'recall\.spma >= 0\.5': the data has no label 'spma' \(labels: ham, spam\) \(did you mean 'spam'\?\)/);
  });
});

describe('bad data: exit 2, file, line and field, no stack trace', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['one broken JSONL line among good ones', { 'data.jsonl': jsonl(rows.slice(0, 2)) + '{"label": "spam", "prediction": \n' + jsonl(rows.slice(2)) }, /data\.jsonl:3: .*JSON/i],
    ['a non-numeric score', { 'data.jsonl': jsonl([...rows, { label: 'spam', prediction: 'spam', score: 'abc' }]) }, /data\.jsonl:7 score: .*number/],
    ['an out-of-range score', { 'data.jsonl': jsonl([{ label: 'spam', prediction: 'spam', score: 1.5 }, ...rows]) }, /data\.jsonl:1 score: .*\[0, 1\].*1\.5/],
    ['a label missing from some rows', { 'data.jsonl': jsonl([...rows.slice(0, 4), { prediction: 'spam', score: 0.3 }, ...rows.slice(4)]) }, /data\.jsonl:5 label: .*missing/i],
  ];
  for (const [name, files, pattern] of cases) {
    it(name, async () => {
      const dir = tempFiles({ 'suite.yaml': suite(), ...files });
      const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('a ragged CSV row', async () => {
    const csv = 'label,prediction,score\nspam,spam,0.9\nham,ham\nham,spam,0.6\n';
    const dir = tempFiles({ 'suite.yaml': suite().replace('data.jsonl', 'data.csv'), 'data.csv': csv });
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/data\.csv:3\b.*(column|field)/i);
  });

  it('labels that mix strings and numbers', async () => {
    const dir = tempFiles({ 'suite.yaml': suite().replace('  pos_label: spam\n', ''), 'data.jsonl': jsonl([...rows, { label: 1, prediction: 'spam', score: 0.5 }]) });
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/data\.jsonl:7 label: label must be a string like the earlier labels \(got 1\)/);
  });

  it("average 'binary' on multiclass data", async () => {
    const three = [...rows, { label: 'other', prediction: 'ham', score: 0.2 }];
    const dir = tempFiles({ 'suite.yaml': suite().replace('[accuracy, precision, recall, f1, mcc, roc_auc, ece]', '{ include: [f1], average: binary }'), 'data.jsonl': jsonl(three) });
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/suite\.yaml checks\.metrics\.average: average 'binary' needs two labels, but .*data\.jsonl has 3/);
  });
});
