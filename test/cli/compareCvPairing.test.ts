import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

// 200 examples over three labels; the model answers right on the first `right` of every 10 examples.
const LABELS = ['a', 'b', 'c'];
const rows = Array.from({ length: 200 }, (_, i) => ({ id: `ex${i}`, text: `${LABELS[i % 3]}:${i}`, label: LABELS[i % 3] }));
const model = (right: number) => `const labels = ['a', 'b', 'c'];
export function fit(examples) { return { n: examples.length }; }
export function predict(inputs) {
  return inputs.map((t) => {
    const [label, i] = String(t).split(':');
    return { label: Number(i) % 10 < ${right} ? label : labels[(labels.indexOf(label) + 1) % 3] };
  });
}
`;
const suite = (extra: string) => `suite: cv
seed: 3
data: { path: data.jsonl, id: id, input: text, label: label }
model: { module: ./model.mjs }
checks:
  - cross-validation: { folds: 4, shuffle: true, metrics: [accuracy] }
${extra}`;

describe('evalgate compare of cross-validated runs', () => {
  it('keeps the corrected t-test when the runs share their folds but another check has units in one run only', async () => {
    const a = tempFiles({ 'suite.yaml': suite(''), 'data.jsonl': jsonl(rows), 'model.mjs': model(6) });
    const b = tempFiles({ 'suite.yaml': suite('  - robustness: { runs: 3, examples: 5, perturbations: [typo] }\n'), 'data.jsonl': jsonl(rows), 'model.mjs': model(8) });
    expect((await runCli(['run', join(a, 'suite.yaml'), '--out', join(a, 'out'), '--quiet'])).code).toBe(0);
    const rb = await runCli(['run', join(b, 'suite.yaml'), '--out', join(b, 'out'), '--quiet']);
    expect(afterHeader(rb.stderr)).toBe('');
    const r = await runCli(['compare', join(a, 'out'), join(b, 'out'), '--out', join(b, 'cmp'), '--force', '--quiet', '--gate', 'cross-validation.accuracy.mean: improves']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const c = JSON.parse(readFileSync(join(b, 'cmp', 'results.json'), 'utf8')).comparison;
    // the robustness check's units and the answers it scored are in the candidate only; no fold's are
    expect(c.pairing.only_candidate.count).toBeGreaterThan(200);
    expect(c.pairing.only_candidate.ids.some((id: string) => id.includes('(cross-validation'))).toBe(false);
    const f = c.figures.find((x: { figure: string }) => x.figure === 'cross-validation.accuracy.mean');
    expect(f).toMatchObject({ test: 'corrected-resampled-t', df: 3, baseline: 0.6, candidate: 0.8 });
    expect(c.warnings.join('\n')).not.toMatch(/same folds/);
  });
});

describe('evalgate compare of runs whose folds hold different examples', () => {
  it('skips the corrected t-test, saying how many cross-validation records are in one run only', async () => {
    const a = tempFiles({ 'suite.yaml': suite(''), 'data.jsonl': jsonl(rows), 'model.mjs': model(6) });
    const b = tempFiles({ 'suite.yaml': suite(''), 'data.jsonl': jsonl(rows.map((x, i) => (i < 3 ? { ...x, id: `other${i}` } : x))), 'model.mjs': model(8) });
    expect((await runCli(['run', join(a, 'suite.yaml'), '--out', join(a, 'out'), '--quiet'])).code).toBe(0);
    expect((await runCli(['run', join(b, 'suite.yaml'), '--out', join(b, 'out'), '--quiet'])).code).toBe(0);
    const r = await runCli(['compare', join(a, 'out'), join(b, 'out'), '--out', join(b, 'cmp'), '--force', '--quiet']);
    expect(r.code).toBe(0);
    const c = JSON.parse(readFileSync(join(b, 'cmp', 'results.json'), 'utf8')).comparison;
    expect(c.figures.some((x: { figure: string }) => x.figure.startsWith('cross-validation.'))).toBe(false);
    expect(c.warnings).toContain("the runs' folds hold different examples (3 cross-validation records only in the baseline, 3 only in the candidate): no corrected resampled t-test");
    const gated = await runCli(['compare', join(a, 'out'), join(b, 'out'), '--out', join(b, 'cmp'), '--force', '--gate', 'cross-validation.accuracy.mean: improves']);
    expect(gated.code).toBe(2);
    expect(gated.stderr).toMatch(/both must be cross-validated on the same folds, holding the same examples/);
  });
});
