import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

const goodSuite = `suite: ok
data: { path: data.jsonl, label: label, prediction: prediction }
checks:
  - metrics: [f1]
`;
const data = jsonl([
  { label: 'a', prediction: 'a' },
  { label: 'b', prediction: 'a' },
  { label: 'c', prediction: 'c' },
  { label: 'a', prediction: 'b' },
  { label: 'b', prediction: 'b' },
]);

describe('evalgate validate', () => {
  it('exits 0 for valid suites and 2 listing every problem of the invalid ones', async () => {
    const dir = tempFiles({ 'ok.yaml': goodSuite, 'bad.yaml': 'suite: 1\ndata: {}\nchecks: []\n', 'data.jsonl': data });
    const ok = await runCli(['validate', join(dir, 'ok.yaml')]);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toMatch(/^ok: .*ok\.yaml \(suite 'ok', 1 check, 0 gates\)/);
    const both = await runCli(['validate', join(dir, 'ok.yaml'), join(dir, 'bad.yaml')]);
    expect(both.code).toBe(2);
    const lines = both.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/bad\.yaml:1:8 suite: must be a string \(got 1\)$/),
      expect.stringMatching(/bad\.yaml:2:7 data: missing required key 'path'$/),
      expect.stringMatching(/bad\.yaml:3:9 checks: must NOT have fewer than 1 items/),
    ]);
  });

  it('validates the bundled example suites', async () => {
    const r = await runCli(['validate', 'suites/spam-predictions.yaml', 'suites/spam.yaml']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('evalgate score', () => {
  it('prints a scikit-learn style report and the figures with intervals', async () => {
    const dir = tempFiles({ 'p.jsonl': data });
    const r = await runCli(['score', join(dir, 'p.jsonl')]);
    expect(r.code).toBe(0);
    // The report text of sklearn.metrics.classification_report(y_true, y_pred) for these rows.
    expect(r.stdout).toContain(
      [
        '              precision    recall  f1-score   support',
        '',
        '           a       0.50      0.50      0.50         2',
        '           b       0.50      0.50      0.50         2',
        '           c       1.00      1.00      1.00         1',
        '',
        '    accuracy                           0.60         5',
        '   macro avg       0.67      0.67      0.67         5',
        'weighted avg       0.60      0.60      0.60         5',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/^accuracy +0\.6 +\[0\.2307, 0\.8824\] wilson$/m);
    expect(r.stdout).toMatch(/^f1\.macro +0\.6667 +\[[\d.]+, [\d.]+\] bootstrap$/m);
  });

  it('prints the same figures as JSON with --json', async () => {
    const dir = tempFiles({ 'p.jsonl': data });
    const r = await runCli(['score', join(dir, 'p.jsonl'), '--json', '--bootstrap', '200']);
    const out = JSON.parse(r.stdout);
    expect(out.examples).toBe(5);
    expect(out.figures.accuracy).toMatchObject({ value: 0.6, interval: 'wilson' });
    expect(out.figures['recall.c'].value).toBe(1);
    expect(out.metrics.report.map((row: { name: string }) => row.name)).toEqual(['a', 'b', 'c', 'accuracy', 'macro avg', 'weighted avg']);
  });

  it('reads other field names, a score column and a positive label', async () => {
    const rows = jsonl([
      { y: 1, yhat: 1, p: 0.9 },
      { y: 0, yhat: 1, p: 0.7 },
      { y: 0, yhat: 0, p: 0.2 },
      { y: 1, yhat: 0, p: 0.4 },
    ]);
    const dir = tempFiles({ 'p.jsonl': rows });
    const r = await runCli(['score', join(dir, 'p.jsonl'), '--label', 'y', '--prediction', 'yhat', '--score', 'p', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.metrics).toMatchObject({ target: 'binary', pos_label: 1 });
    expect(out.figures.roc_auc.value).toBe(0.75);
    expect(out.figures.f1).toMatchObject({ value: 0.5, average: 'binary' });
  });

  it('rejects contradictory or invalid options with exit 2', async () => {
    const dir = tempFiles({ 'p.jsonl': data });
    const both = await runCli(['score', join(dir, 'p.jsonl'), '--score', 's', '--probabilities', 'p']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/mutually exclusive|not both/);
    const conf = await runCli(['score', join(dir, 'p.jsonl'), '--confidence', '2']);
    expect(conf.code).toBe(2);
    expect(conf.stderr).toMatch(/--confidence must be between 0 and 1/);
    const missing = await runCli(['score', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.jsonl/);
  });
});

describe('evalgate schema and usage', () => {
  it('prints the suite schema and the results schema', async () => {
    const suite = JSON.parse((await runCli(['schema'])).stdout);
    expect(suite.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(suite.required).toEqual(['suite', 'data', 'checks']);
    const results = JSON.parse((await runCli(['schema', 'results'])).stdout);
    expect(results.title).toBe('evalgate results.json');
  });

  it('exits 2 on an unknown command or option', async () => {
    const a = await runCli(['frobnicate']);
    expect(a.code).toBe(2);
    const b = await runCli(['run', 'x.yaml', '--nope']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/Unknown argument: nope/);
  });
});

describe('the installed binary', () => {
  const bin = 'bin/evalgate.js';
  it.runIf(existsSync('dist/cli/main.js'))('runs the README example and exits with the verdict', () => {
    const dir = tempFiles({});
    for (const suite of ['suites/spam.yaml', 'suites/spam-predictions.yaml']) {
      const r = spawnSync(process.execPath, [bin, 'run', suite, '--out', dir], { encoding: 'utf8' });
      expect(afterHeader(r.stderr)).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/verdict: PASS/);
    }
    // Trains, scores and cross-validates the bundled spam filter twice: seconds alone, more on a loaded machine.
  }, 120_000);

  it.runIf(existsSync('dist/cli/main.js'))('exits 2 without a stack trace on a bad suite', () => {
    const dir = tempFiles({ 's.yaml': 'suite: [\n' });
    const r = spawnSync(process.execPath, [bin, 'run', join(dir, 's.yaml')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml:\d+:\d+/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(() => execFileSync(process.execPath, [bin, '--version'])).not.toThrow();
  });
});

describe('bad suites: exit 2 from run and validate, located, no stack trace', () => {
  const base = { 'data.jsonl': data };
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['malformed YAML', { 's.yaml': 'suite: x\ndata: {path: data.jsonl\nchecks: []\n' }, 's.yaml', /s\.yaml:\d+:\d+/],
    ['malformed JSON', { 's.json': '{"suite": "x", "data": }' }, 's.json', /s\.json:1:\d+/],
    ['a schema violation', { 's.yaml': goodSuite.replace('suite: ok', 'suite: ok\nseed: 1.5') }, 's.yaml', /s\.yaml:2:7 seed: must be an integer \(got 1\.5\)/],
    ['an unknown key', { 's.yaml': goodSuite.replace('suite: ok', 'suite: ok\nseeds: 1') }, 's.yaml', /s\.yaml:2:1 seeds: unknown key 'seeds' \(did you mean 'seed'\?\)/],
    ['a missing data file', { 's.yaml': goodSuite.replace('data.jsonl', 'gone.jsonl') }, 's.yaml', /s\.yaml:2:15 data\.path: data file not found/],
    ['an empty dataset', { 's.yaml': goodSuite, 'data.jsonl': '\n\n' }, 's.yaml', /data\.path: .*data\.jsonl: the data file has no rows/],
    ['an unknown metric in a gate', { 's.yaml': `${goodSuite}gates:\n  - f2 > 0.5\n` }, 's.yaml', /s\.yaml:6:5 gates\[0\]: gate 'f2 > 0\.5': unknown figure 'f2' \(did you mean 'f1'\?\)/],
    ['contradictory options', { 's.yaml': goodSuite.replace('prediction: prediction', 'prediction: prediction, classes: [a, b]') }, 's.yaml', /data\.classes: data\.classes orders the probabilities field, but data\.probabilities is not set/],
  ];
  for (const [name, files, suite, pattern] of cases) {
    it(name, async () => {
      const dir = tempFiles({ ...base, ...files });
      for (const cmd of [['run', join(dir, suite), '--out', join(dir, 'out')], ['validate', join(dir, suite)]]) {
        const r = await runCli(cmd);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(pattern);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
      // Nothing is run; --out gets only a summary.md saying what was wrong (for a CI step summary).
      expect(readdirSync(join(dir, 'out'))).toEqual(['summary.md']);
      const md = readFileSync(join(dir, 'out', 'summary.md'), 'utf8');
      expect(md).toMatch(/^## ⛔ ERROR: evalgate did not run `.*s\.(yaml|json)`\n\nThe suite, data or arguments are invalid \(exit 2\)/);
      expect(md).toMatch(/\n- .+\n$/);
    });
  }
});
