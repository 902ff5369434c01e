import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { jsonl, readResults, runCli, tempFiles } from '../helpers/cli.js';

// The terminal summary counts every gate (regression gates too), and a gate on a bound of an
// interval shows the bound, then the figure's own value and interval, named as such.
const rows = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, text: `${i % 2 ? 'a' : 'b'}:${i}`, label: i % 2 ? 'a' : 'b' }));
const model = (rightIf: string) => `export function predict(inputs) {
  return inputs.map((t) => { const [label, s] = t.split(':'); const i = Number(s); return { label: ${rightIf} ? label : (label === 'a' ? 'b' : 'a') }; });
}
`;
const suite = `suite: counts
seed: 3
data: { path: d.jsonl, id: id, input: text, label: label }
baseline: { module: ./base.mjs }
candidate: { module: ./cand.mjs }
checks:
  - metrics: [accuracy, f1]
gates:
  - f1.macro.ci_low >= 0.5
comparison:
  gates:
    - accuracy: candidate - baseline >= -0.01
`;

describe('terminal summary', () => {
  it('counts the failed regression gate with the run gates, and labels the interval next to a ci_low gate', async () => {
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows), 'base.mjs': model('true'), 'cand.mjs': model('i % 5 !== 0') });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--no-cache']);
    expect(r.code).toBe(1);
    const results = readResults(out);
    expect(results.comparison.gates.map((g: { status: string }) => g.status)).toEqual(['fail']);
    expect(results.counts).toEqual({ gates: 2, passed: 1, failed: 1, warnings: 0, no_data: 0 });
    expect(r.stdout).toContain('verdict: FAIL (1/2 gates passed, 1 blocking failed)');
    const f1 = results.figures['f1.macro'];
    const fmt = (v: number) => String(Number(v.toFixed(4)));
    expect(r.stdout).toContain(`(f1.macro.ci_low = ${fmt(f1.ci_low)}; f1.macro = ${fmt(f1.value)}, interval [${fmt(f1.ci_low)}, ${fmt(f1.ci_high)}])`);
  }, 30_000);
});
