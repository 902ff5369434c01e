import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../../src/cv/randomState.js';
import { multinomialOne } from '../../../src/models/builtin/multinomialOne.js';

// Fixtures: numpy 2.4.6 np.random.RandomState(seed).multinomial(1, pvals, size=500) (scripts/fixtures/naive_bayes.py).
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));

describe('multinomialOne — numpy legacy multinomial(1, pvals)', () => {
  type Case = { seed: number; pvals: number[]; indices: number[]; rowSums: number[] };
  it.each((fx.multinomialOne as Case[]).map((c) => [c.seed, c.pvals.length, c] as [number, number, Case]))(
    'seed %i, %i categories: the same 500 draws',
    (_s, _k, c) => {
      expect(c.rowSums).toEqual([1]);
      const rs = new RandomState(c.seed);
      expect(Array.from({ length: c.indices.length }, () => multinomialOne(rs, c.pvals))).toEqual(c.indices);
    },
  );

  it('consumes the generator exactly as numpy: a later uniform draw matches too', () => {
    // After the draws above numpy's stream continues; a mismatch in the number of draws used would
    // shift every later row, which the 500-row fixtures already exclude. Here: p = 1 spends no draw.
    const rs = new RandomState(5);
    const before = new RandomState(5).randomSample();
    expect(multinomialOne(rs, [1])).toBe(0);
    expect(rs.randomSample()).toBe(before);
  });

  it('follows the priors on average', () => {
    const rs = new RandomState(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[multinomialOne(rs, [0.2, 0.3, 0.5])]++;
    expect(counts[0] / 30000).toBeCloseTo(0.2, 1);
    expect(counts[2] / 30000).toBeCloseTo(0.5, 1);
  });
});
