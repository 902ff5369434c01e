import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { murmurHash3Words } from '../../../src/data/quality/murmurHash3.js';
import { Shingler } from '../../../src/data/quality/shingler.js';

function reference(text: string, size: number, word: boolean): string[] {
  const units = word ? text.split(/\s+/).filter((w) => w !== '') : Array.from(text);
  const sep = word ? ' ' : '';
  if (units.length === 0) return [];
  if (units.length < size) return [units.join(sep)];
  return Array.from({ length: units.length - size + 1 }, (_, i) => units.slice(i, i + size).join(sep));
}
const codePoints = (s: string) => Int32Array.from(Array.from(s), (c) => c.codePointAt(0)!);

describe('Shingler', () => {
  it('cuts characters by code point and words by whitespace', () => {
    expect([...new Shingler('char', 3).set('a😀bc😀')]).toEqual(['a😀b', '😀bc', 'bc😀']);
    expect([...new Shingler('word', 2).set('  a\tb  c a b ')]).toEqual(['a b', 'b c', 'c a']);
    expect([...new Shingler('char', 5).set('abc')]).toEqual(['abc']);
    expect([...new Shingler('word', 3).set('one two')]).toEqual(['one two']);
    expect(new Shingler('char', 2).set('').size).toBe(0);
    expect(new Shingler('word', 2).set(' \n ').size).toBe(0);
    expect(() => new Shingler('char', 0)).toThrow('shingle size must be a positive integer (got 0)');
  });

  it('hashes each shingle as MurmurHash3 of its code points, in order (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', 'é', '😀', '中') , maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), fc.boolean(), (t, size, word) => {
        const s = new Shingler(word ? 'word' : 'char', size);
        const expected = reference(t, size, word).map((sh) => {
          const cps = codePoints(sh);
          return murmurHash3Words(cps, 0, cps.length, 0) | 0;
        });
        const count = s.hash(t);
        expect(Array.from(s.hashes.subarray(0, count))).toEqual(expected);
        expect(s.set(t)).toEqual(new Set(reference(t, size, word)));
      }),
    );
  });

  it('grows its buffers for long texts', () => {
    const s = new Shingler('char', 4);
    const long = 'xyz'.repeat(1000);
    expect(s.hash(long)).toBe(2997);
    expect(s.hash('abcd')).toBe(1);
    expect(s.hashes[0]).toBe(murmurHash3Words(codePoints('abcd'), 0, 4, 0) | 0);
  });
});
