import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../../src/data/quality/unionFind.js';

describe('UnionFind', () => {
  it('keeps the smallest member as the root', () => {
    const u = new UnionFind(5);
    expect(u.union(4, 3)).toBe(true);
    expect(u.union(3, 1)).toBe(true);
    expect(u.union(1, 4)).toBe(false);
    expect([0, 1, 2, 3, 4].map((x) => u.find(x))).toEqual([0, 1, 2, 1, 1]);
  });

  it('matches connected components computed by search (property)', () => {
    const edges = fc.array(fc.tuple(fc.nat({ max: 19 }), fc.nat({ max: 19 })), { maxLength: 30 });
    fc.assert(
      fc.property(edges, (es) => {
        const u = new UnionFind(20);
        for (const [a, b] of es) u.union(a, b);
        for (let start = 0; start < 20; start++) {
          const seen = new Set([start]);
          const stack = [start];
          while (stack.length) {
            const x = stack.pop()!;
            for (const [a, b] of es) for (const [p, q] of [[a, b], [b, a]]) if (p === x && !seen.has(q)) (seen.add(q), stack.push(q));
          }
          expect(u.find(start)).toBe(Math.min(...seen));
        }
      }),
    );
  });
});
