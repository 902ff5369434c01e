import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../../src/data/example.js';
import type { Label } from '../../../src/metrics/types.js';
import { classImbalance } from '../../../src/data/quality/classImbalance.js';

const ex = (id: string, line: number, label?: Label | Label[]): Example => ({ id, line, label });
const labeled = (labels: (Label | Label[])[]) => labels.map((l, i) => ex(`e${i}`, i + 1, l));

describe('classImbalance', () => {
  it('counts classes and computes ratio, shares and normalized entropy', () => {
    const r = classImbalance(labeled(['a', 'b', 'a', 'c', 'a', 'a', 'b', 'a']), { minClassCount: 2 });
    // counts a=5, b=2, c=1 of 8
    expect(r.classes).toEqual([
      { label: 'a', count: 5, share: 5 / 8 },
      { label: 'b', count: 2, share: 2 / 8 },
      { label: 'c', count: 1, share: 1 / 8 },
    ]);
    const h = -(5 / 8) * Math.log(5 / 8) - (2 / 8) * Math.log(2 / 8) - (1 / 8) * Math.log(1 / 8);
    expect(r.figures.ratio).toBe(5);
    expect(r.figures.minority_share).toBe(1 / 8);
    expect(r.figures.majority_share).toBe(5 / 8);
    expect(r.figures.classes).toBe(3);
    expect(r.figures.entropy).toBeCloseTo(h / Math.log(3), 14);
    expect(r.findings).toEqual([{ ids: ['e3'], lines: [4], label: 'c' }]);
    expect(r.count).toBe(1);
    expect(r.total).toBe(8);
    expect(r.multilabel).toBe(false);
  });

  it('gives entropy 1 and ratio 1 for balanced classes', () => {
    const r = classImbalance(labeled([1, 2, 3, 1, 2, 3]));
    expect(r.figures.ratio).toBe(1);
    expect(r.figures.entropy).toBeCloseTo(1, 15);
    expect(r.classes.map((c) => c.label)).toEqual([1, 2, 3]);
  });

  it('counts declared but absent classes as zero', () => {
    const r = classImbalance(labeled(['x', 'y', 'x']), { labels: ['x', 'y', 'z'], minClassCount: 1 });
    expect(r.figures.ratio).toBe(Infinity);
    expect(r.figures.minority_share).toBe(0);
    expect(r.figures.classes).toBe(3);
    expect(r.findings).toEqual([{ ids: [], lines: [], label: 'z' }]);
    expect(r.count).toBe(0);
  });

  it('counts labels per example for multi-label targets', () => {
    const r = classImbalance(labeled([['a', 'b'], ['a'], ['a', 'a'], [], 'b']), { minClassCount: 0 });
    expect(r.multilabel).toBe(true);
    expect(r.classes).toEqual([
      { label: 'a', count: 3, share: 3 / 5 },
      { label: 'b', count: 2, share: 2 / 5 },
    ]);
    expect(r.figures.ratio).toBe(1.5);
    // Entropy over the 5 label occurrences: 3/5 and 2/5.
    expect(r.figures.entropy).toBeCloseTo((-(0.6 * Math.log(0.6)) - 0.4 * Math.log(0.4)) / Math.log(2), 14);
  });

  it('orders numbers before strings and lists rare classes by first line', () => {
    const r = classImbalance(labeled(['b', 2, 'a', 10, 'b']));
    expect(r.classes.map((c) => c.label)).toEqual([2, 10, 'a', 'b']);
    expect(r.findings.map((f) => f.label)).toEqual(['b', 2, 'a', 10]);
    expect(r.findings[0]).toEqual({ ids: ['e0', 'e4'], lines: [1, 5], label: 'b' });
  });

  it('warns when the balance is undefined', () => {
    const none = classImbalance([ex('a', 1), ex('b', 2)]);
    expect(none.figures).toMatchObject({ total: 0, classes: 0 });
    expect(none.figures.ratio).toBeNaN();
    expect(none.figures.entropy).toBeNaN();
    expect(none.warnings.map((w) => w.code)).toEqual(['no-labels']);
    const one = classImbalance(labeled(['x', 'x']));
    expect(one.figures.ratio).toBe(1);
    expect(one.figures.minority_share).toBe(1);
    expect(one.figures.entropy).toBeNaN();
    expect(one.warnings.map((w) => w.code)).toEqual(['single-class']);
  });

  it('keeps its figures in range (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 60 }), (labels) => {
        const r = classImbalance(labeled(labels));
        const counts = r.classes.map((c) => c.count);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(labels.length);
        expect(r.figures.ratio).toBe(Math.max(...counts) / Math.min(...counts));
        if (counts.length > 1) {
          expect(r.figures.entropy).toBeGreaterThan(0);
          expect(r.figures.entropy).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(r.figures.minority_share).toBeLessThanOrEqual(1 / counts.length);
      }),
    );
  });
});
