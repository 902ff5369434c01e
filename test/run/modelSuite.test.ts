import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';
import { stratifiedKFold } from '../../src/cv/stratifiedKFold.js';

const words = { spam: ['win', 'free', 'cash', 'prize', 'offer', 'click'], ham: ['meeting', 'lunch', 'report', 'review', 'notes', 'team'] };
const rows = Array.from({ length: 120 }, (_, i) => {
  const label = i % 3 === 0 ? 'spam' : 'ham';
  const own = words[label as 'spam' | 'ham'];
  const other = words[label === 'spam' ? 'ham' : 'spam'];
  // mostly the class's own words, one word of the other class now and then
  const text = [own[i % 6], own[(i * 5) % 6], i % 7 === 0 ? other[i % 6] : own[(i + 2) % 6], `n${i}`].join(' ');
  return { id: `r${i}`, text, label };
});

const results = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));

describe('a suite with the embedded naive Bayes model', () => {
  const suite = `suite: nb
seed: 11
data: { path: d.jsonl, id: id, input: text, label: label, holdout: 0.25, pos_label: spam }
model: { builtin: naive-bayes }
checks:
  - metrics: [accuracy, f1, roc_auc]
  - cross-validation: { folds: 4, metrics: [accuracy, f1] }
  - data-quality: [duplicates, leakage, imbalance]
gates:
  - f1 >= 0.8
  - cross-validation.f1.macro.mean >= 0.8
  - errors.rate <= 0
  - imbalance.ratio <= 2.5
`;

  it('trains on the holdout split, cross-validates the training part and checks the data', async () => {
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const res = results(dir);
    expect(res.model).toMatchObject({ name: 'builtin:naive-bayes', calls: 30 + 90, errors: 0, error_rate: 0 });
    expect(res.figures.n.value).toBe(30);
    expect(res.checks['cross-validation'].splitter).toBe('StratifiedKFold');
    // the folds are scikit-learn's StratifiedKFold(4) over the 90 training rows
    const sizes = res.checks['cross-validation'].per_fold.map((f: { test: number }) => f.test);
    expect(sizes).toHaveLength(4);
    expect(sizes.reduce((a: number, b: number) => a + b, 0)).toBe(90);
    const folds = res.checks['cross-validation'].per_fold.map((f: { figures: Record<string, number> }) => f.figures.accuracy);
    const mean = folds.reduce((a: number, b: number) => a + b, 0) / folds.length;
    expect(res.figures['cross-validation.accuracy.mean'].value).toBeCloseTo(mean, 12);
    expect(res.figures['cross-validation.accuracy.ci_low'].value).toBeLessThanOrEqual(mean);
    expect(res.figures['imbalance.ratio'].value).toBe(2);
    expect(res.figures['leakage.exact'].value).toBe(0);
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((x) => x.check === 'metrics' && x.variant === 'holdout')).toHaveLength(30);
    expect(records.filter((x) => x.check === 'cross-validation')).toHaveLength(90);
    expect(new Set(records.filter((x) => x.check === 'cross-validation').map((x) => x.variant))).toEqual(new Set(['fold-1', 'fold-2', 'fold-3', 'fold-4']));
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')));
    expect(validate(res), JSON.stringify(validate.errors)).toBe(true);
  });

  it('cross-validates every row with the very folds scikit-learn makes when there is no holdout', async () => {
    const noHoldout = suite.replace(', holdout: 0.25', '').replace('  - metrics: [accuracy, f1, roc_auc]\n', '').replace('leakage, ', '').replace('  - f1 >= 0.8\n', '');
    const dir = tempFiles({ 's.yaml': noHoldout.replace('folds: 4,', 'folds: 4, shuffle: true,'), 'd.jsonl': jsonl(rows) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(afterHeader(r.stderr)).toBe('');
    const expected = stratifiedKFold(rows.map((x) => x.label), { folds: 4, shuffle: true, seed: 11 });
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expected.folds.forEach((fold, k) => {
      const ids = records.filter((x) => x.variant === `fold-${k + 1}`).map((x) => x.id);
      expect(ids).toEqual(Array.from(fold.test, (i) => rows[i].id));
    });
  });

  it('refuses at load time what cannot work', async () => {
    const dir = tempFiles({ 'd.jsonl': jsonl(rows) });
    const cases: [string, RegExp][] = [
      [suite.replace(', holdout: 0.25', ''), /builtin: naive-bayes is trained by the suite: set data\.holdout/],
      [suite.replace('model: { builtin: naive-bayes }', 'model: { http: { url: "http://127.0.0.1:9/x" } }'), /cross-validation trains the model on each fold, but http models cannot be trained/],
      [suite.replace('input: text, ', ''), /a model needs data\.input/],
      [suite.replace('label: label, ', 'label: label, prediction: label, '), /data\.prediction and the model both give predictions/],
      [suite.replace('folds: 4,', 'folds: 4, group: true,'), /group: true splits by data\.group, which is not set/],
    ];
    for (const [text, pattern] of cases) {
      const s = join(dir, 's.yaml');
      (await import('node:fs')).writeFileSync(s, text);
      const r = await runCli(['validate', s]);
      expect(r.code, text).toBe(2);
      expect(r.stderr).toMatch(pattern);
    }
  });

  it('stops with exit 2 when there are more folds than rows of a class', async () => {
    const few = rows.filter((x) => x.label === 'ham').slice(0, 20).concat(rows.filter((x) => x.label === 'spam').slice(0, 2));
    const dir = tempFiles({ 's.yaml': suite.replace(', holdout: 0.25', '').replace('  - metrics: [accuracy, f1, roc_auc]\n', '').replace('leakage, ', '').replace('  - f1 >= 0.8\n', '').replace('folds: 4', 'folds: 30'), 'd.jsonl': jsonl(few) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/n_splits=30 greater than the number of samples: n_samples=22/);
  });
});

describe('a module model whose calls fail', () => {
  it('records every failed call, counts it, and exits 3 above max_error_rate', async () => {
    const data = jsonl([...Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, text: `text number ${i}`, label: i % 2 ? 'long' : 'short' })), { id: 'b', text: 'boom', label: 'short' }]);
    const model = resolve('test/fixtures/models/goodModule.mjs');
    const suite = `suite: failing
data: { path: d.jsonl, id: id, input: text, label: label }
model: { module: ${JSON.stringify(model)}, batch_size: 3, max_error_rate: 0.05 }
checks:
  - metrics: [accuracy]
`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': data });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--allow-outside-paths']);
    const res = results(dir);
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(9);
    const failed = records.filter((x) => x.error !== null);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].error).toMatch(/boom in this batch/);
    expect(res.model.errors).toBe(failed.length);
    expect(res.figures['errors.rate'].value).toBeCloseTo(failed.length / 9, 12);
    expect(res.figures.n.value).toBe(9 - failed.length);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/model calls failed .* above the suite's max_error_rate of 5%/);
  });
});

describe('builtin model parameters', () => {
  it('accepts scikit-learn spellings and refuses unknown or invalid ones at load time', async () => {
    const base = (params: string) => `suite: p\ndata: { path: d.jsonl, input: text, label: label, holdout: 0.25 }\nmodel: { builtin: naive-bayes, params: ${params} }\nchecks:\n  - metrics: [accuracy]\n`;
    const dir = tempFiles({ 'd.jsonl': jsonl(rows), 'ok.yaml': base('{ alpha: 0.5, ngram_range: [1, 2] }'), 'bad.yaml': base('{ alpah: 1 }'), 'neg.yaml': base('{ alpha: -1 }') });
    const ok = await runCli(['run', join(dir, 'ok.yaml'), '--out', join(dir, 'out'), '--quiet']);
    expect(afterHeader(ok.stderr)).toBe('');
    expect(ok.code).toBe(0);
    expect(results(dir).model.parameters).toMatchObject({ alpha: 0.5 });
    for (const [file, pattern] of [['bad.yaml', /bad\.yaml:3:\d+ model\.params\.alpah: unknown key 'alpah' \(did you mean 'alpha'\?\)/], ['neg.yaml', /neg\.yaml:3:\d+ model\.params\.alpha: must be >= 0 \(got -1\)/]] as const) {
      const r = await runCli(['validate', join(dir, file)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
    }
  });
});

describe('faults of command models and folds, through evalgate run', () => {
  it('a command model that crashes on some inputs: every example accounted for, the errors counted', async () => {
    const model = resolve('test/fixtures/models/crashModel.mjs');
    const data = jsonl([
      ...Array.from({ length: 10 }, (_, i) => ({ id: `ok${i}`, text: `fine text ${i}`, label: 'x' })),
      { id: 'bad', text: 'crash', label: 'x' },
    ]);
    const suite = `suite: crashing\ndata: { path: d.jsonl, id: id, input: text, label: label }\nmodel: { command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(model)}], batch_size: 1, max_error_rate: 0.5 }\nchecks:\n  - metrics: [accuracy]\n`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': data });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.id).sort()).toEqual([...Array.from({ length: 10 }, (_, i) => `ok${i}`), 'bad'].sort());
    const bad = records.find((x) => x.id === 'bad');
    expect(bad.error).toMatch(/cannot handle this input|exit/);
    expect(records.filter((x) => x.error === null)).toHaveLength(10);
    expect(results(dir).model).toMatchObject({ calls: 11, errors: 1 });
    expect(r.code).toBe(0);
  }, 60_000);

  it('more folds than members of a class stops with exit 2 and scikit-learn\'s message', async () => {
    const few = rows.filter((x) => x.label === 'ham').slice(0, 20).concat(rows.filter((x) => x.label === 'spam').slice(0, 3));
    const suite = `suite: folds\ndata: { path: d.jsonl, id: id, input: text, label: label }\nmodel: { builtin: naive-bayes }\nchecks:\n  - cross-validation: { folds: 5, metrics: [accuracy] }\n`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(few) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    // 3 spam < 5 folds: scikit-learn warns (the least populated class) and still splits
    expect(r.code).toBe(0);
    expect(results(dir).checks['cross-validation'].warnings.join('\n')).toMatch(/The least populated class in y has only 3 members, which is less than n_splits=5/);
    const none = tempFiles({ 's.yaml': suite.replace('folds: 5', 'folds: 25'), 'd.jsonl': jsonl(few) });
    const r2 = await runCli(['run', join(none, 's.yaml'), '--out', join(none, 'out')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/n_splits=25/);
  });

  it('a row without its group stops a grouped cross-validation with exit 2 naming the line', async () => {
    const grouped = rows.map((x, i) => (i === 7 ? { ...x } : { ...x, g: `g${i % 6}` }));
    const suite = `suite: grouped\ndata: { path: d.jsonl, id: id, input: text, label: label, group: g }\nmodel: { builtin: naive-bayes }\nchecks:\n  - cross-validation: { folds: 3, group: true, stratify: false, metrics: [accuracy] }\n`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(grouped) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/d\.jsonl:8 g: missing group/);
  });
});
