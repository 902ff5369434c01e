import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import fc from 'fast-check';
import { jsonl, readResults, runCli, tempFiles } from '../helpers/cli.js';
import { clipToRange, figureRange } from '../../src/metrics/figureRange.js';

// 30 examples, two labels; the model is right everywhere but on ex0..ex2 (all in the first fold).
const rows = Array.from({ length: 30 }, (_, i) => ({ id: `ex${i}`, text: `${i % 2 ? 'p' : 'n'}:${i}`, label: i % 2 ? 'p' : 'n' }));
const model = `export function fit(examples) { return { n: examples.length }; }
export function predict(inputs) {
  return inputs.map((t) => { const [l, i] = String(t).split(':'); return { label: Number(i) < 3 ? (l === 'p' ? 'n' : 'p') : l }; });
}
`;

describe('a Student-t interval across folds stays in the figure\'s range (issue 17, item 5)', () => {
  it('clips cross-validation.*.ci_high of bounded figures', async () => {
    const suite = `suite: cv
seed: 1
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: p }
model: { module: ./model.mjs }
checks:
  - cross-validation: { folds: 3, metrics: [f1, accuracy, mcc, brier] }
`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows), 'model.mjs': model });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const f = readResults(join(dir, 'out')).figures;
    for (const name of ['f1', 'accuracy', 'mcc']) {
      const mean = f[`cross-validation.${name}.mean`].value;
      const high = f[`cross-validation.${name}.ci_high`].value;
      const low = f[`cross-validation.${name}.ci_low`].value;
      expect(mean).toBeLessThan(1);
      expect(high, name).toBe(1); // unclipped: mean + t(0.975, 2)·s/√3 > 1
      expect(low, name).toBeLessThan(mean);
      expect(low, name).toBeGreaterThanOrEqual(name === 'mcc' ? -1 : 0);
    }
  });

  it('figureRange and clipToRange', () => {
    expect(figureRange('f1.macro')).toEqual([0, 1]);
    expect(figureRange('recall.spam')).toEqual([0, 1]);
    expect(figureRange('kappa.quadratic')).toEqual([-1, 1]);
    expect(figureRange('balanced_accuracy.adjusted')).toEqual([-Infinity, 1]);
    expect(figureRange('brier', 'binary')).toEqual([0, 1]);
    expect(figureRange('brier', 'multiclass')).toEqual([0, 2]);
    expect(figureRange('log_loss')).toEqual([0, Infinity]);
    fc.assert(fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), fc.constantFrom('f1', 'mcc', 'log_loss', 'brier'), (a, b, name) => {
      const range = figureRange(name);
      const [lo, hi] = clipToRange(Math.min(a, b), Math.max(a, b), range);
      expect(lo).toBeGreaterThanOrEqual(range[0]);
      expect(hi).toBeLessThanOrEqual(range[1]);
      expect(lo).toBeLessThanOrEqual(hi);
    }));
  });
});
