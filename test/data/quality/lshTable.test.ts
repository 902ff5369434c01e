import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LshTable } from '../../../src/data/quality/lshTable.js';

describe('LshTable', () => {
  it('buckets exactly the items whose band values agree (property)', () => {
    const rows = 2;
    const bands = 3;
    const k = rows * bands;
    const sigArb = fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(sigArb, fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (sigList, empty) => {
        const n = sigList.length;
        const sigs = Int32Array.from(sigList.flat());
        const sizes = Int32Array.from(sigList, (_, v) => (empty[v] ? 0 : 1));
        const table = new LshTable(sigs, sizes, n, k, bands, rows);
        const got = new Set<string>();
        for (const b of table.buckets()) {
          const members = Array.from({ length: b.size }, (_, q) => table.member(b.band, b.pos + q));
          got.add(`${b.band}:${members.sort((x, y) => x - y).join(',')}`);
        }
        const want = new Set<string>();
        for (let band = 0; band < bands; band++) {
          const groups = new Map<string, number[]>();
          for (let v = 0; v < n; v++) {
            if (sizes[v] === 0) continue;
            const key = sigList[v].slice(band * rows, band * rows + rows).join(',');
            groups.set(key, [...(groups.get(key) ?? []), v]);
          }
          for (const g of groups.values()) if (g.length > 1) want.add(`${band}:${g.join(',')}`);
        }
        expect(got).toEqual(want);
        // range() finds an item's own bucket.
        for (let v = 0; v < n; v++) {
          if (sizes[v] === 0) continue;
          for (let band = 0; band < bands; band++) {
            const [from, to] = table.range(band, LshTable.key(sigs, v * k, band, rows));
            const members = Array.from({ length: to - from }, (_, q) => table.member(band, from + q));
            expect(members).toContain(v);
          }
        }
      }),
    );
  });

  it('orders buckets by size, then band', () => {
    const sigs = Int32Array.from([1, 7, 1, 7, 1, 8, 2, 8]); // 4 items, 2 bands of 1 row
    const t = new LshTable(sigs, Int32Array.from([1, 1, 1, 1]), 4, 2, 2, 1);
    const buckets = t.buckets();
    expect(buckets.map((b) => [b.band, b.size])).toEqual([[1, 2], [1, 2], [0, 3]]);
    expect(buckets[0].pos).toBeLessThan(buckets[1].pos);
    const members = buckets.map((b) => Array.from({ length: b.size }, (_, q) => t.member(b.band, b.pos + q)));
    expect(members.slice(0, 2).sort((x, y) => x[0] - y[0])).toEqual([[0, 1], [2, 3]]);
    expect(members[2]).toEqual([0, 1, 2]);
  });
});
