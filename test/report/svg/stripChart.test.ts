import { describe, expect, it } from 'vitest';
import { stripChart } from '../../../src/report/svg/stripChart.js';

describe('stripChart', () => {
  it('puts every fold, the mean and the interval of each figure on one axis', () => {
    const v = stripChart('folds', [
      { name: 'accuracy', values: [{ label: 'fold-1', value: 0.9 }, { label: 'fold-2', value: 0.95 }], mean: 0.925, ciLow: 0.6, ciHigh: 1 },
      { name: 'f1', values: [{ label: 'fold-1', value: 0.8 }, { label: 'fold-2', value: NaN }], mean: 0.8 },
    ]);
    expect(v.rows).toHaveLength(2);
    const [acc, f1] = v.rows;
    expect(acc.dots.map((d) => d.title)).toEqual(['accuracy, fold-1: 0.9', 'accuracy, fold-2: 0.95']);
    expect(acc.dots[0].cx).toBeLessThan(acc.dots[1].cx);
    expect(acc.mean.x).toBeGreaterThan(acc.dots[0].cx);
    expect(acc.mean.x).toBeLessThan(acc.dots[1].cx);
    expect(acc.band!.x).toBeLessThan(f1.dots[0].cx);
    expect(acc.band!.x + acc.band!.w).toBe(v.right); // interval reaches 1, the top of a [0, 1] axis
    expect(f1.dots).toHaveLength(1);
    expect(f1.band).toBeUndefined();
    for (const row of v.rows) for (const d of row.dots) expect(d.cx >= v.left && d.cx <= v.right).toBe(true);
  });

  it('spreads identical values instead of dividing by zero', () => {
    const v = stripChart('folds', [{ name: 'x', values: [{ label: 'a', value: 0.5 }, { label: 'b', value: 0.5 }], mean: 0.5 }]);
    expect(v.rows[0].dots.every((d) => Number.isFinite(d.cx))).toBe(true);
    expect(v.ticks.length).toBeGreaterThan(0);
  });
});
