import { describe, expect, it } from 'vitest';
import { pairedStatisticFigures } from '../../src/run/pairedStatisticFigures.js';
import { judgeComparisonGates } from '../../src/run/judgeComparisonGates.js';
import { parseComparisonGate } from '../../src/suite/parseComparisonGate.js';

// Issue 17, item 10: more edits needed to break a model is the more robust model.
describe('robustness mean_edits is higher-is-better in compare and its gates', () => {
  it('a candidate that needs more edits is better, not a regression', () => {
    const n = 200;
    const mean = (v: (i: number) => number) => (w: Float64Array) => {
      let s = 0, t = 0;
      for (let i = 0; i < n; i++) { s += w[i] * v(i); t += w[i]; }
      return s / t;
    };
    const { figures, intervalAt } = pairedStatisticFigures(
      [{ figure: 'robustness.typo.mean_edits', n, baseline: mean((i) => 1 + (i % 2)), candidate: mean((i) => 3 + (i % 2)) }],
      { seed: 1, resamples: 300, confidence: 0.95, levels: [] },
    );
    const f = figures[0];
    expect(f.higher_is_better).toBe(true);
    expect(f.delta).toBeCloseTo(2, 12);
    expect(f.p_better).toBeLessThan(0.01);
    expect(f.p_worse).toBeGreaterThan(0.99);
    const gate = (text: string) => {
      const g = parseComparisonGate(text);
      if (!g.ok) throw new Error(g.message);
      return { ...g.gate, name: text, expression: text, severity: 'blocking' as const, line: 1, column: 1 };
    };
    const results = judgeComparisonGates(
      [gate('robustness.typo.mean_edits: no significant regression'), gate('robustness.typo.mean_edits: improves')],
      figures, intervalAt, undefined, { confidence: 0.95, alpha: 0.05 },
    );
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
  });
});
