import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, sortedJaccard, sortedUnique } from '../../../src/data/quality/jaccard.js';

describe('jaccard', () => {
  it('computes |A ∩ B| / |A ∪ B|', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(jaccard(new Set([1]), new Set([2]))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(1);
    expect(jaccard(new Set(), new Set([1]))).toBe(0);
  });

  it('agrees with the merge over sorted unique arrays (property)', () => {
    const values = fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 30 });
    fc.assert(
      fc.property(values, values, (a, b) => {
        const A = new Set(a);
        const B = new Set(b);
        const sa = sortedUnique(Int32Array.from(a), a.length);
        expect(Array.from(sa)).toEqual([...A].sort((x, y) => x - y));
        const m = sortedJaccard(sa, sortedUnique(Int32Array.from(b), b.length));
        expect(m.jaccard).toBe(jaccard(A, B));
        expect(m.union).toBe(new Set([...a, ...b]).size);
      }),
    );
  });
});
