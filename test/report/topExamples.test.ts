import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TopExamples } from '../../src/report/topExamples.js';

describe('TopExamples', () => {
  it('keeps the highest-ranked items, earlier ones first among ties, and counts all', () => {
    const t = new TopExamples<string>(2);
    t.offer('a', 1);
    t.offer('b', 3);
    t.offer('c', 2);
    t.offer('d', 3);
    t.offer('e', NaN);
    expect(t.items()).toEqual(['b', 'd']);
    expect(t.total).toBe(5);
  });

  it('agrees with a stable sort of everything offered', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (ranks, max) => {
      const t = new TopExamples<number>(max);
      ranks.forEach((r, i) => t.offer(i, r));
      const expected = ranks.map((r, i) => ({ r, i })).sort((a, b) => b.r - a.r || a.i - b.i).slice(0, max).map((x) => x.i);
      expect(t.items()).toEqual(expected);
      expect(t.total).toBe(ranks.length);
    }));
  });
});
