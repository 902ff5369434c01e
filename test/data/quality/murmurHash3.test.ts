import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { murmurHash3, murmurHash3Range, murmurHash3Words } from '../../../src/data/quality/murmurHash3.js';

/** A plain byte-wise MurmurHash3 x86_32, written from the SMHasher reference, for cross-checks. */
function bytewise(bytes: Uint8Array, seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed | 0;
  const blocks = bytes.length >> 2;
  const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
  for (let b = 0; b < blocks; b++) {
    let k = bytes[4 * b] | (bytes[4 * b + 1] << 8) | (bytes[4 * b + 2] << 16) | (bytes[4 * b + 3] << 24);
    k = Math.imul(rotl(Math.imul(k, c1), 15), c2);
    h = (Math.imul(rotl(h ^ k, 13), 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const tail = blocks * 4;
  const rest = bytes.length & 3;
  if (rest >= 3) k ^= bytes[tail + 2] << 16;
  if (rest >= 2) k ^= bytes[tail + 1] << 8;
  if (rest >= 1) {
    k ^= bytes[tail];
    h ^= Math.imul(rotl(Math.imul(k, c1), 15), c2);
  }
  h ^= bytes.length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

describe('murmurHash3', () => {
  // Published vectors (SMHasher's MurmurHash3_x86_32, as in Python mmh3's and Go's test suites).
  it.each([
    ['', 0, 0],
    ['', 1, 0x514e28b7],
    ['', 0xffffffff, 0x81f16f39],
    ['\0\0\0\0', 0, 0x2362f9de],
    ['aaaa', 0x9747b28c, 0x5a97808a],
    ['aaa', 0x9747b28c, 0x283e0130],
    ['aa', 0x9747b28c, 0x5d211726],
    ['a', 0x9747b28c, 0x7fa09ea6],
    ['abcd', 0x9747b28c, 0xf0478627],
    ['abc', 0x9747b28c, 0xc84a62dd],
    ['ab', 0x9747b28c, 0x74875592],
    ['Hello, world!', 0x9747b28c, 0x24884cba],
    ['ππππππππ', 0x9747b28c, 0xd58063c1],
    ['a'.repeat(256), 0x9747b28c, 0x37405bdc],
    ['abc', 0, 0xb3dd93fa],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', 0, 0xee925b90],
    ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
  ])('hashes %j with seed %d to the reference value', (text, seed, want) => {
    expect(murmurHash3(text, seed)).toBe(want);
  });

  it('hashes the UTF-8 bytes, with a lone surrogate as U+FFFD (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat({ max: 0xffffffff }), (text, seed) => {
        expect(murmurHash3(text, seed)).toBe(bytewise(new TextEncoder().encode(text), seed));
      }),
    );
  });

  it('hashes a range like the slice it stands for (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
        // Cut only at code point boundaries.
        const bounds = [0];
        for (const ch of text) bounds.push(bounds[bounds.length - 1] + ch.length);
        const i = bounds[a % bounds.length];
        const j = bounds[b % bounds.length];
        const [from, to] = i <= j ? [i, j] : [j, i];
        expect(murmurHash3Range(text, from, to, 7)).toBe(murmurHash3(text.slice(from, to), 7));
      }),
    );
  });

  it('hashes 32-bit words as their little-endian bytes', () => {
    // "abcd" is the little-endian word 0x64636261; "aaaa" is 0x61616161.
    expect(murmurHash3Words(new Int32Array([0x64636261]), 0, 1, 0x9747b28c)).toBe(0xf0478627);
    expect(murmurHash3Words(new Uint32Array([9, 0x61616161, 9]), 1, 1, 0x9747b28c)).toBe(0x5a97808a);
    expect(murmurHash3Words(new Int32Array(0), 0, 0, 1)).toBe(0x514e28b7);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), fc.nat({ max: 0xffffffff }), (words, seed) => {
        const arr = Int32Array.from(words);
        expect(murmurHash3Words(arr, 0, arr.length, seed)).toBe(bytewise(new Uint8Array(arr.buffer), seed));
      }),
    );
  });
});
