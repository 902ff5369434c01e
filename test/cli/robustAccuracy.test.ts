import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, runCli, tempFiles, readResults, afterHeader } from '../helpers/cli.js';

/** 'neg' when "bad" is there, the other label when the text is negated ("not", "n't"): it handles negation right. */
const MODEL = `
export function predict(inputs) {
  return inputs.map((t) => {
    const words = String(t).toLowerCase().split(/[^a-z']+/);
    const negated = words.some((w) => w === 'not' || w.endsWith("n't"));
    const neg = words.includes('bad') !== negated;
    const p = neg ? 0.9 : 0.1;
    return { label: neg ? 'neg' : 'pos', probabilities: { neg: p, pos: 1 - p } };
  });
}
`;
const rows = [
  { id: 'r1', text: 'the food was bad', label: 'neg' },
  { id: 'r2', text: 'the view was good', label: 'pos' },
  { id: 'r3', text: 'the staff is kind', label: 'pos' },
];
const suite = (perturbations: string, gates = '') => `suite: negation
seed: 5
data: { path: data.jsonl, id: id, input: text, label: label, pos_label: pos }
model: { module: ./model.mjs }
checks:
  - robustness:
      runs: 30
      perturbations:
${perturbations}
${gates ? `gates:\n${gates}` : ''}`;
const NEGATION = '        - { kind: negation, expect: { directional: { direction: down } } }\n';
const records = (out: string) => readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe('worst-case accuracy (robust_accuracy) and directional tests', () => {
  it('a model that flips its label under negation as it should is not counted as fragile: the worst case takes label-preserving perturbations only', async () => {
    const dir = tempFiles({ 'model.mjs': MODEL, 'data.jsonl': jsonl(rows), 'suite.yaml': suite(`${NEGATION}        - typo\n`) });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const results = readResults(out);
    const f = results.figures;
    expect(f['robustness.negation.tested'].value).toBe(3);
    expect(f['robustness.negation.failure_rate'].value).toBe(0);
    // No answer on a negated text is right or wrong against the original label: not computed, and said why.
    expect(f['robustness.negation.robust_accuracy']).toBeUndefined();
    const negation = results.checks.robustness.perturbations.find((p: { name: string }) => p.name === 'negation');
    expect(negation.robust_accuracy_note).toMatch(/not computed: .*does not keep the expected label/);
    // The typo search breaks "bad" only: r2 and r3 are right on the original and on every typo tried.
    expect(f['robustness.typo.failures'].value).toBe(1);
    expect(f['robustness.typo.robust_accuracy'].value).toBeCloseTo(2 / 3, 12);
    expect(results.checks.robustness.perturbations.find((p: { name: string }) => p.name === 'typo').robust_accuracy_note).toBeUndefined();
    // Overall: the worst case over the original and the typos (negation left out), not 0.
    expect(f['robustness.robust_accuracy'].value).toBeCloseTo(2 / 3, 12);
    expect(f['robustness.failure_rate'].value).toBeCloseTo(1 / 3, 12);

    // The outcome records carry the same terms: no negation robust_accuracy term, the overall one sums to the figure.
    const outcomes = records(out).filter((x) => x.kind === 'outcome' && x.check === 'robustness');
    expect(outcomes.filter((x) => x.variant === 'negation').every((x) => !('robustness.negation.robust_accuracy' in x.terms))).toBe(true);
    const overall = outcomes.filter((x) => x.variant === null).map((x) => x.terms['robustness.robust_accuracy']);
    expect(overall.reduce((s, t) => [s[0] + t[0], s[1] + t[1]], [0, 0])).toEqual([2, 3]);

    // The report says it too, escaped.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/negation[^]*robust accuracy not computed: /);

    // Compared with itself, robust_accuracy figures are recomputed from the terms; negation's is not there to compare.
    const cmp = await runCli(['compare', out, out, '--out', join(dir, 'cmp'), '--quiet', '--gate', 'robustness.robust_accuracy: no significant regression']);
    expect(afterHeader(cmp.stderr)).toBe('');
    expect(cmp.code).toBe(0);
    const c = JSON.parse(readFileSync(join(dir, 'cmp', 'results.json'), 'utf8')).comparison;
    const names = c.figures.map((x: { figure: string }) => x.figure);
    expect(names).toContain('robustness.typo.robust_accuracy');
    expect(names).not.toContain('robustness.negation.robust_accuracy');
    expect(c.figures.find((x: { figure: string }) => x.figure === 'robustness.robust_accuracy')).toMatchObject({ baseline: f['robustness.robust_accuracy'].value, delta: 0 });
  }, 60_000);

  it('with directional tests only there is no worst case: robustness.robust_accuracy is not computed and a gate on it is a load error', async () => {
    const dir = tempFiles({ 'model.mjs': MODEL, 'data.jsonl': jsonl(rows), 'suite.yaml': suite(NEGATION) });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const f = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).figures;
    expect(f['robustness.failure_rate'].value).toBe(0);
    expect(f['robustness.robust_accuracy']).toBeUndefined();
    expect(records(out).filter((x) => x.kind === 'outcome' && x.variant === null).every((x) => !('robustness.robust_accuracy' in x.terms))).toBe(true);

    for (const [gate, message] of [
      ['robustness.negation.robust_accuracy >= 0.9', /:12:5 gates\[0\]: .*'robustness\.negation\.robust_accuracy' is not computed: the expectation of 'negation' \(probability of the expected label falls\) does not keep the expected label/],
      ['robustness.robust_accuracy.ci_low >= 0.9', /:12:5 gates\[0\]: .*'robustness\.robust_accuracy' is not computed: no perturbation of the robustness check keeps the expected label/],
    ] as const) {
      writeFileSync(join(dir, 'gated.yaml'), suite(NEGATION, `  - ${gate}\n`));
      const v = await runCli(['validate', join(dir, 'gated.yaml')]);
      expect(v.code, gate).toBe(2);
      expect(v.stderr, gate).toMatch(message);
      expect(v.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  }, 60_000);
});
