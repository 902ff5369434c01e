import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { jsonl, readResults, runCli, tempFiles, afterHeader } from '../helpers/cli.js';
import { sortProbabilityColumns } from '../../src/metrics/sortProbabilityColumns.js';

// Reference: scikit-learn 1.9.1 / numpy 2.4.6 (scripts/fixtures/issue17.py, test/fixtures/issue17.json).
const fixture = JSON.parse(readFileSync('test/fixtures/issue17.json', 'utf8'));
type Case = { classes: string[]; rows: { label: string; p: number[] }[]; k: number; bins: number } & Record<string, number>;
const cases: [string, Case][] = [['the issue\'s four rows (b, a, c)', fixture.cases.issue_rows], ['240 rows, classes c, a, d, b', fixture.cases.larger]];

/** Every probability figure of the fixture, by the figure name evalgate gives it. */
function expectedFigures(c: Case): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(c)) if (typeof v === 'number' && k !== 'k' && k !== 'bins') out[k] = v;
  out.roc_auc = c['roc_auc.macro'];
  out.average_precision = c['average_precision.macro'];
  return out;
}

function expectFigures(figures: Record<string, { value: number; ci_low?: number; ci_high?: number }>, c: Case): void {
  for (const [name, want] of Object.entries(expectedFigures(c))) {
    const f = figures[name];
    expect(f, name).toBeDefined();
    expect(f.value, name).toBeCloseTo(want, 10);
    // Every interval must contain the figure it is about.
    if (f.ci_low !== undefined && f.ci_low !== null) {
      expect(f.ci_low, `${name}.ci_low`).toBeLessThanOrEqual(f.value + 1e-12);
      expect(f.ci_high!, `${name}.ci_high`).toBeGreaterThanOrEqual(f.value - 1e-12);
    }
  }
}

describe('a user-given class order names the probability columns (issue 17, items 1-2)', () => {
  it.each(cases)('evalgate score --classes: %s', async (_name, c) => {
    const dir = tempFiles({ 'c.jsonl': jsonl(c.rows) });
    const r = await runCli(['score', join(dir, 'c.jsonl'), '--probabilities', 'p', '--classes', c.classes.join(','), '--json', '--bootstrap', '200']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expectFigures(out.figures, c);
    expect(out.metrics.classes).toEqual(c.classes);
  });

  it.each(cases)('a suite with data.classes and top_k_accuracy: %s', async (_name, c) => {
    const suite = `suite: order
seed: 3
data: { path: c.jsonl, label: label, probabilities: p, classes: [${c.classes.join(', ')}] }
checks:
  - metrics:
      include: [log_loss, brier, roc_auc, average_precision, top_k_accuracy, ece]
      top_k: ${c.k}
      bins: ${c.bins}
      bootstrap: 200
`;
    const dir = tempFiles({ 's.yaml': suite, 'c.jsonl': jsonl(c.rows) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const results = readResults(join(dir, 'out'));
    const figures = Object.fromEntries(Object.entries(results.figures as Record<string, unknown>).map(([k, v]) => [k.replace(/^metrics\./, ''), v])) as never;
    expectFigures(figures, c);
  });

  it('sorting the columns keeps each column with its class name (property)', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }).chain((classes) =>
        fc.tuple(fc.constant(classes), fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: classes.length, maxLength: classes.length }), { maxLength: 5 }))),
      ([classes, rows]) => {
        const r = sortProbabilityColumns(rows, classes);
        expect([...r.classes].sort()).toEqual([...classes].sort());
        rows.forEach((row, i) => r.classes.forEach((c, j) => expect(r.probs[i][j]).toBe(row[classes.indexOf(c as string)])));
      },
    ));
  });
});
