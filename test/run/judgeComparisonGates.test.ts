import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, readResults, runCli, tempFiles } from '../helpers/cli.js';
import { mcnemarOneSided } from '../../src/stats/mcnemarOneSided.js';

// Reference: scipy 1.17.1 binomtest(..., alternative='greater'), statsmodels 0.15.0 mcnemar (test/fixtures/issue17.json).
const fx = JSON.parse(readFileSync('test/fixtures/issue17.json', 'utf8')).cases.one_sided as { broken: number; fixed: number; pvalue: number; two_sided: number }[];

// 40 examples; both models right on all but: the candidate breaks ex0..ex4, fixes nothing.
const rows = Array.from({ length: 40 }, (_, i) => ({ id: `ex${i}`, text: `${i % 2 ? 'p' : 'n'}:${i}`, label: i % 2 ? 'p' : 'n' }));
const model = (broken: number) => `export function predict(inputs) {
  return inputs.map((t) => { const [l, i] = String(t).split(':'); return { label: Number(i) < ${broken} ? (l === 'p' ? 'n' : 'p') : l }; });
}
`;
const suite = (gates: string) => `suite: sided
seed: 2
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: p }
baseline: { module: ./base.mjs }
candidate: { module: ./cand.mjs }
checks:
  - metrics: [accuracy, f1]
comparison:
  resamples: 500
  gates:
${gates}`;

describe('comparison gates state their test and sidedness (issue 17, item 9)', () => {
  it.each(fx)('one-sided exact McNemar p: broken $broken, fixed $fixed', ({ broken, fixed, pvalue }) => {
    expect(mcnemarOneSided(broken, fixed).p_worse).toBeCloseTo(pvalue, 14);
    expect(mcnemarOneSided(fixed, broken).p_better).toBeCloseTo(pvalue, 14);
  });

  it('5 broken, 0 fixed is a significant regression (one-sided p = 0.03125), and every gate says how it was tested', async () => {
    const dir = tempFiles({
      's.yaml': suite("    - 'accuracy: no significant regression'\n    - 'accuracy: candidate - baseline >= -0.5'\n    - 'f1: no significant regression'\n"),
      'd.jsonl': jsonl(rows), 'base.mjs': model(0), 'cand.mjs': model(5),
    });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--quiet']);
    expect(r.code).toBe(1);
    const c = readResults(join(dir, 'out')).comparison;
    expect(c.mcnemar).toMatchObject({ broken: 5, fixed: 0, p_value: 0.0625, p_worse: 0.03125, p_better: 1 });
    expect(c.gates[0]).toMatchObject({ method: 'mcnemar-exact', sidedness: 'one-sided', alternative: 'candidate-worse', p_value: 0.03125, status: 'fail' });
    expect(c.gates[0].test).toMatch(/one-sided/);
    expect(c.gates[1]).toMatchObject({ sidedness: 'two-sided', status: 'pass' });
    expect(c.gates[1].method).toMatch(/^paired-bootstrap/);
    expect(c.gates[2]).toMatchObject({ sidedness: 'one-sided', alternative: 'candidate-worse' });
    expect(c.gates[2].method).toMatch(/^paired-bootstrap/);
  });
});
