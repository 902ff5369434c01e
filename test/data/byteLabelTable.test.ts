import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteLabelTable, HASH_START, hashByte } from '../../src/data/byteLabelTable.js';

const hashOf = (b: Uint8Array, start: number, end: number): number => {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashByte(h, b[i]);
  return h;
};

describe('ByteLabelTable', () => {
  it('finds every slice it was given, and no other, through growth and collisions (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 6 }), { maxLength: 300 }), fc.boolean(), (slices, weakHash) => {
        const t = new ByteLabelTable();
        const entries = new Map<string, number>();
        for (const s of slices) {
          const key = Buffer.from(s).toString('hex');
          const h = weakHash ? s.length : hashOf(s, 0, s.length); // a weak hash forces collisions
          const found = t.find(s, 0, s.length, h);
          if (entries.has(key)) expect(found).toBe(entries.get(key));
          else {
            expect(found).toBe(-1);
            entries.set(key, t.add(s, 0, s.length, h, key));
          }
        }
        for (const [key, e] of entries) expect(t.values[e]).toBe(key);
        expect(t.codes.every((c) => c === -1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('hashes with FNV-1a', () => {
    expect(hashByte(HASH_START, 0x61)).toBe(-468965076); // 0xe40c292c, FNV-1a of "a"
  });
});
