import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { loadSuite } from '../../src/suite/loadSuite.js';
import { formatProblem } from '../../src/problem.js';
import { jsonl, tempFiles } from '../helpers/cli.js';

const rows = jsonl([
  { id: 'a', text: 'hello', label: 'ham', prediction: 'ham', score: 0.1 },
  { id: 'b', text: 'win', label: 'spam', prediction: 'spam', score: 0.9 },
]);

async function problemsOf(files: Record<string, string>, suite = 'suite.yaml') {
  const dir = tempFiles({ 'data.jsonl': rows, ...files });
  const r = await loadSuite(join(dir, suite));
  if (r.ok) throw new Error('expected the suite to be invalid');
  const file = relative(process.cwd(), join(dir, suite));
  return { file, lines: r.problems.map(formatProblem), problems: r.problems };
}

const good = `suite: s
data:
  path: data.jsonl
  label: label
  prediction: prediction
  score: score
  pos_label: spam
checks:
  - metrics: [f1, roc_auc]
gates:
  - f1 >= 0.5
`;

describe('loadSuite', () => {
  it('loads a valid YAML suite and fills in the defaults', async () => {
    const dir = tempFiles({ 'data.jsonl': rows, 'suite.yaml': good });
    const r = await loadSuite(join(dir, 'suite.yaml'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.suite.seed).toBe(0);
    expect(r.suite.data.format).toBe('jsonl');
    expect(r.suite.data.onBadRow).toBe('error');
    expect(r.suite.checks[0]).toMatchObject({ kind: 'metrics', include: ['f1', 'roc_auc'], confidence: 0.95, bootstrap: 1000, bins: 15 });
    expect(r.suite.gates[0]).toMatchObject({ figure: ['f1'], op: '>=', threshold: 0.5, severity: 'blocking', line: 11, column: 5 });
    expect(r.suite.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loads the same suite written as JSON', async () => {
    const suite = { suite: 's', data: { path: 'data.jsonl', label: 'label', prediction: 'prediction' }, checks: [{ metrics: ['f1'] }], gates: [{ gate: 'f1 >= 0.5', severity: 'warning', name: 'F1' }] };
    const dir = tempFiles({ 'data.jsonl': rows, 'suite.json': JSON.stringify(suite, null, 2) });
    const r = await loadSuite(join(dir, 'suite.json'));
    expect(r.ok && r.suite.gates[0]).toMatchObject({ name: 'F1', severity: 'warning' });
  });

  it('reports malformed YAML with its line and column', async () => {
    const { lines, file } = await problemsOf({ 'suite.yaml': 'suite: s\ndata: [1,\n  path: x\n' });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+`));
  });

  it('reports malformed JSON and duplicate keys with their position', async () => {
    const a = await problemsOf({ 'suite.json': '{\n  "suite": "s",\n  "data": {\n}' }, 'suite.json');
    expect(a.problems[0]).toMatchObject({ code: 'syntax' });
    expect(a.problems[0].line).toBeGreaterThanOrEqual(3);
    const b = await problemsOf({ 'suite.yaml': 'suite: a\nsuite: b\n' });
    expect(b.lines[0]).toMatch(/:2:1: Map keys must be unique/);
  });

  it('lists every schema violation at once, each at its own line', async () => {
    const { lines, file } = await problemsOf({
      'suite.yaml': `suite: s
seed: -1
data:
  path: data.jsonl
  on_bad_row: ignore
checks:
  - metrics: [f1, f2]
gates:
  - 3
`,
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file}:2:7 seed: must be >= 0 (got -1)`,
        expect.stringMatching(new RegExp(`^${file.replace(/[.]/g, '\\.')}:5:15 data\\.on_bad_row: must be one of "error", "skip" \\(got "ignore"\\)`)),
        expect.stringMatching(/:7:19 checks\[0\]\.metrics\[1\]: must be one of .* \(got "f2"\) \(did you mean 'f1'\?\)$/),
        expect.stringMatching(/:9:5 gates\[0\]: must be a string or an object \(got 3\)/),
      ]),
    );
    expect(lines).toHaveLength(4);
  });

  it('names unknown keys with a did-you-mean hint, at the key', async () => {
    const { lines } = await problemsOf({
      'suite.yaml': `suite: s
data:
  path: data.jsonl
  lable: label
checks:
  - metric: [f1]
`,
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:4:3 data\.lable: unknown key 'lable' \(did you mean 'label'\?\)/),
        expect.stringMatching(/:6:5 checks\[0\]\.metric: unknown key 'metric' \(did you mean 'metrics'\?\)/),
      ]),
    );
  });

  it('reports a missing data file at data.path', async () => {
    const { lines } = await problemsOf({ 'suite.yaml': good.replace('path: data.jsonl', 'path: nowhere.jsonl') });
    expect(lines).toEqual([expect.stringMatching(/:3:9 data\.path: data file not found: .*nowhere\.jsonl$/)]);
  });

  it('reports a missing suite file without a position', async () => {
    const r = await loadSuite('/nonexistent/suite.yaml');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0].message).toMatch(/suite file not found/);
  });

  it('refuses a gate over a figure the suite does not compute (labels are checked once the data is read)', async () => {
    const { lines } = await problemsOf({ 'suite.yaml': good.replace('- f1 >= 0.5', '- mcc > 0.8\n  - f1.macrp >= 0.9\n  - accuracyy >= 1') });
    expect(lines).toEqual([
      expect.stringMatching(/:11:5 gates\[0\]: gate 'mcc > 0\.8': the metrics check does not compute 'mcc': add it to its metrics/),
      expect.stringMatching(/:13:5 gates\[2\]: gate 'accuracyy >= 1': unknown figure 'accuracyy'/),
    ]);
  });

  it('accepts per-label and interval-bound figures', async () => {
    const dir = tempFiles({ 'data.jsonl': rows, 'suite.yaml': good.replace('- f1 >= 0.5', '- f1.spam >= 0.5\n  - f1.macro.ci_low >= 0.1\n  - roc_auc.ci_high <= 1') });
    expect((await loadSuite(join(dir, 'suite.yaml'))).ok).toBe(true);
  });

  it('reports contradictory options', async () => {
    const { lines } = await problemsOf({
      'suite.yaml': good.replace('  score: score\n', '  score: score\n  probabilities: score\n  delimiter: ";"\n'),
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/data\.probabilities: set either data\.score or data\.probabilities, not both/),
        expect.stringMatching(/data\.delimiter: delimiter applies to CSV data only/),
      ]),
    );
  });

  it('reports metrics that need a field the data does not map', async () => {
    const { lines } = await problemsOf({ 'suite.yaml': good.replace('  score: score\n', '') });
    expect(lines).toEqual([expect.stringMatching(/checks\[0\]\.metrics: roc_auc needs scores: set data\.score or data\.probabilities/)]);
  });

  it('reports a mapped field that the data does not have, with a hint', async () => {
    const { lines } = await problemsOf({ 'suite.yaml': good.replace('label: label', 'label: lable') });
    expect(lines).toEqual([expect.stringMatching(/:4:10 data\.label: field 'lable' is not in the first row of .*data\.jsonl \(did you mean 'label'\?\); its fields are: id, text, label, prediction, score/)]);
  });

  it('reports an empty data file', async () => {
    const dir = tempFiles({ 'data.jsonl': '', 'suite.yaml': good });
    const r = await loadSuite(join(dir, 'suite.yaml'));
    expect(!r.ok && r.problems.map(formatProblem)).toEqual([expect.stringMatching(/data\.path: .*data\.jsonl: the data file has no rows/)]);
  });
});
