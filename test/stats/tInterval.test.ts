import { describe, expect, it } from 'vitest';
import { spread } from '../../src/stats/tInterval.js';

describe('spread', () => {
  it('matches scipy: t.ppf(0.975, 4) = 2.7764451051977987 for five fold scores', () => {
    const s = spread([0.9, 0.92, 0.88, 0.91, 0.89], 0.95);
    const mean = 0.9;
    const std = Math.sqrt(0.001 / 4);
    expect(s.mean).toBeCloseTo(mean, 15);
    expect(s.std).toBeCloseTo(std, 15);
    expect(s.ci_high - s.mean).toBeCloseTo((2.7764451051977987 * std) / Math.sqrt(5), 12);
    expect(s.min).toBe(0.88);
    expect(s.max).toBe(0.92);
  });

  it('leaves NaN out and is undefined below two values', () => {
    expect(spread([0.5, NaN], 0.95)).toMatchObject({ mean: 0.5, std: NaN, ci_low: NaN });
    expect(spread([], 0.95).mean).toBeNaN();
  });
});
