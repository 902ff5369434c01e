import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, runCli, tempFiles, readResults, afterHeader } from '../helpers/cli.js';

/** A keyword model: 'neg' when a negative word is present (case-blind), so a typo in it flips the answer. */
const MODEL = `
const NEG = ['bad', 'awful'];
export function predict(inputs) {
  return inputs.map((t) => {
    const neg = String(t).toLowerCase().split(/[^a-z]+/).some((w) => NEG.includes(w));
    const p = neg ? 0.9 : 0.2;
    return { label: neg ? 'neg' : 'pos', probabilities: { neg: p, pos: 1 - p } };
  });
}
`;
const suite = (gates: string, extra = '') => `suite: tpl
seed: 4
data: { path: data.jsonl, id: id, input: text, label: label, pos_label: pos }
model: { module: ./model.mjs }
checks:
  - templates:
      runs: 30
      lexicon: { thing: [food, view], adj: [bad, awful] }
      tests:
        - { name: neg, template: "the {thing} was {adj}", label: neg, perturbations: [typo, { kind: upper, name: shout }] }
${extra}gates:
${gates}`;
const files = (gates: string, extra = '') => ({ 'model.mjs': MODEL, 'data.jsonl': jsonl([{ id: 'x', text: 'fine', label: 'pos' }]), 'suite.yaml': suite(gates, extra) });

describe('per-perturbation figures of template tests', () => {
  it('are figures: in results.json and the records, gated end to end, and compared from the journal terms', async () => {
    const dir = tempFiles(files('  - templates.neg.typo.failure_rate <= 0.1\n  - templates.neg.shout.failure_rate == 0\n  - templates.neg.typo.robust_accuracy.ci_high <= 0.7\n'));
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(1);
    const results = readResults(out);
    const f = results.figures;
    // A typo in "bad" or "awful" flips every case; upper case changes nothing for this model.
    expect(f['templates.neg.typo.tested'].value).toBe(4);
    expect(f['templates.neg.typo.failures'].value).toBe(4);
    expect(f['templates.neg.typo.failure_rate']).toMatchObject({ value: 1, interval: 'wilson' });
    expect(f['templates.neg.typo.attack_success_rate'].value).toBe(1);
    expect(f['templates.neg.typo.mean_edits'].value).toBe(1);
    expect(f['templates.neg.typo.robust_accuracy'].value).toBe(0);
    expect(f['templates.neg.shout.failure_rate'].value).toBe(0);
    expect(f['templates.neg.failure_rate'].value).toBe(1);
    expect(results.gates.map((g: { expression: string; status: string; value: number }) => [g.expression, g.status])).toEqual([
      ['templates.neg.typo.failure_rate <= 0.1', 'fail'],
      ['templates.neg.shout.failure_rate == 0', 'pass'],
      ['templates.neg.typo.robust_accuracy.ci_high <= 0.7', 'pass'],
    ]);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('templates.neg.typo.failure_rate');
    // One outcome record per case and perturbation, holding the terms of these figures.
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const units = records.filter((x) => x.kind === 'outcome' && x.check === 'templates/neg' && x.variant === 'typo');
    expect(units.map((u) => u.id).sort()).toEqual(['neg/0', 'neg/1', 'neg/2', 'neg/3']);
    expect(units.every((u) => u.terms['templates.neg.typo.failure_rate'][0] === 1 && u.terms['templates.neg.typo.robust_accuracy'][1] === 1)).toBe(true);
    // The report's template section reads them.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const row = html.slice(html.indexOf('id="templates-neg-perturbations"'));
    expect(row).toMatch(/<a href="#templates-neg-typo">typo<\/a>[^]*?<td class="num" data-sort="1">1<\/td>/);

    // compare recomputes them from the two journals, and a comparison gate may name them.
    const again = join(dir, 'again');
    expect((await runCli(['run', join(dir, 'suite.yaml'), '--out', again, '--quiet'])).code).toBe(1);
    const c = await runCli(['compare', out, again, '--out', join(dir, 'cmp'), '--quiet', '--suite', join(dir, 'suite.yaml'), '--gate', 'templates.neg.typo.failure_rate: no significant regression']);
    expect(afterHeader(c.stderr)).toBe('');
    expect(c.code).toBe(0);
    const cmp = JSON.parse(readFileSync(join(dir, 'cmp', 'results.json'), 'utf8')).comparison;
    for (const name of ['templates.neg.typo.failure_rate', 'templates.neg.typo.attack_success_rate', 'templates.neg.typo.robust_accuracy', 'templates.neg.typo.mean_edits', 'templates.neg.shout.failure_rate']) {
      const x = cmp.figures.find((y: { figure: string }) => y.figure === name);
      expect(x, name).toMatchObject({ baseline: f[name].value, candidate: f[name].value, delta: 0, test: 'paired-bootstrap-rows' });
    }
    expect(cmp.figures.find((y: { figure: string }) => y.figure === 'templates.neg.typo.failure_rate').higher_is_better).toBe(false);
    expect(cmp.gates[0]).toMatchObject({ figure: 'templates.neg.typo.failure_rate', status: 'pass' });
  }, 60_000);

  it('a gate naming a perturbation the test does not have, or robust_accuracy of a directional one, is a load error at the gate', async () => {
    const extra = '        - { name: neg-dir, template: "the {thing} was {adj}", perturbations: [{ kind: negation, expect: { directional: { direction: down } } }] }\n';
    const cases: [string, RegExp][] = [
      ['templates.neg.tpyo.failure_rate <= 0.1', /:13:5 gates\[0\]: .*template test 'neg' has no perturbation named 'tpyo' \(it has typo, shout\) \(did you mean 'templates\.neg\.typo\.failure_rate'\?\)/],
      ['templates.nope.typo.failure_rate <= 0.1', /the templates check has no template test named 'nope' \(it has neg, neg-dir\)/],
      ['templates.neg.typo.cases <= 0.1', /'templates\.neg\.typo\.cases' is not a figure: expected templates\.FIGURE, templates\.TEST\.FIGURE .*or templates\.TEST\.PERTURBATION\.FIGURE with FIGURE one of tested, /],
      ['templates.neg-dir.negation.robust_accuracy >= 0.5', /'templates\.neg-dir\.negation\.robust_accuracy' is not computed: the expectation of 'negation' \(probability of the expected label falls\)/],
      ['templates.neg.typo.tested.ci_low >= 1', /'tested' is a count: it has no interval/],
    ];
    for (const [gate, message] of cases) {
      const dir = tempFiles(files(`  - ${gate}\n`, extra));
      const v = await runCli(['validate', join(dir, 'suite.yaml')]);
      expect(v.code, gate).toBe(2);
      expect(v.stderr, gate).toMatch(message);
      expect(v.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    const dir = tempFiles(files('  - templates.neg-dir.negation.failure_rate <= 0.5\n', extra));
    expect((await runCli(['validate', join(dir, 'suite.yaml')])).code).toBe(0);
  });
});
