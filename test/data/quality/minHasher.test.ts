import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../../src/cv/randomState.js';
import { seedFrom } from '../../../src/cv/seedFrom.js';
import { MinHasher } from '../../../src/data/quality/minHasher.js';

const int32s = fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 60 });
function signature(h: MinHasher, values: number[]): Int32Array {
  const out = new Int32Array(h.numHashes);
  h.signature(Int32Array.from(values), values.length, out, 0);
  return out;
}

describe('MinHasher', () => {
  it('draws a_i = u | 1, b_i = u from RandomState(seedFrom(seed, "minhash")) and stores (a·x + b) mod 2^32 with the top bit flipped', () => {
    const rs = new RandomState(seedFrom(5, 'minhash'));
    const h = new MinHasher(6, 5);
    const x = 123456789;
    const sig = signature(h, [x]);
    for (let i = 0; i < 6; i++) {
      const a = rs.nextUint32() | 1;
      const b = rs.nextUint32();
      const unsigned = Number((BigInt(a >>> 0) * BigInt(x) + BigInt(b)) % 2n ** 32n);
      expect(sig[i]).toBe((unsigned ^ 0x80000000) | 0);
    }
  });

  it('is a minimum: the signature of a union is the position-wise minimum (property)', () => {
    const h = new MinHasher(13, 1); // 13: exercises the unrolled loop and its remainder
    fc.assert(
      fc.property(int32s, int32s, (a, b) => {
        const sa = signature(h, a);
        const sb = signature(h, b);
        const su = signature(h, [...b, ...a, ...a]);
        expect(Array.from(su)).toEqual(Array.from(sa, (v, i) => Math.min(v, sb[i])));
      }),
    );
  });

  it('agrees on about J of its positions for sets with Jaccard J', () => {
    const h = new MinHasher(512, 9);
    const rs = new RandomState(3);
    for (const [shared, only] of [[80, 20], [50, 50], [20, 80]]) {
      const common = Array.from({ length: shared }, () => rs.nextUint32() | 0);
      const a = [...common, ...Array.from({ length: only }, () => rs.nextUint32() | 0)];
      const b = [...common, ...Array.from({ length: only }, () => rs.nextUint32() | 0)];
      const j = shared / (shared + 2 * only);
      const sa = signature(h, a);
      const sb = signature(h, b);
      const agree = sa.filter((v, i) => v === sb[i]).length / 512;
      expect(Math.abs(agree - j)).toBeLessThan(4 * Math.sqrt((j * (1 - j)) / 512));
    }
  });

  it('depends on the seed and validates its arguments', () => {
    expect(signature(new MinHasher(8, 1), [1, 2, 3])).toEqual(signature(new MinHasher(8, 1), [3, 2, 1]));
    expect(signature(new MinHasher(8, 1), [1, 2, 3])).not.toEqual(signature(new MinHasher(8, 2), [1, 2, 3]));
    expect(() => new MinHasher(0, 1)).toThrow('numHashes must be a positive integer (got 0)');
    expect(() => new MinHasher(4, -1)).toThrow('seed must be an integer between 0 and 2**32 - 1 (got -1)');
  });
});
