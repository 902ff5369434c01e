import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRange, TokenInterner } from '../../../src/models/builtin/tokenInterner.js';

describe('TokenInterner', () => {
  it('gives each distinct string one id, in first-seen order, like a Map', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 6 }), { maxLength: 300 }), (words) => {
      const t = new TokenInterner();
      const m = new Map<string, number>();
      for (const w of words) {
        if (!m.has(w)) m.set(w, m.size);
        expect(t.intern(w)).toBe(m.get(w));
      }
      expect(t.strings).toEqual([...m.keys()]);
      for (const [w, id] of m) expect(t.find(w)).toBe(id);
      expect(t.find('\u0000absent')).toBe(-1);
    }));
  });

  it('finds a span of a larger text without slicing it, through growth and rehashing', () => {
    const t = new TokenInterner();
    for (let i = 0; i < 5000; i++) t.intern(`w${i}`);
    const text = 'xx w4999 w17 w5000';
    expect(t.findRange(text, 3, 8, hashRange(text, 3, 8))).toBe(4999);
    expect(t.findRange(text, 9, 12, hashRange(text, 9, 12))).toBe(17);
    expect(t.findRange(text, 13, 18, hashRange(text, 13, 18))).toBe(-1);
    expect(t.add('w5000', hashRange('w5000', 0, 5))).toBe(5000);
    expect(t.findRange(text, 13, 18, hashRange(text, 13, 18))).toBe(5000);
  });

  it('hashes a span as the same string on its own (surrogates are hashed as code units)', () => {
    expect(hashRange('a😀b', 1, 3)).toBe(hashRange('😀', 0, 2));
    expect(hashRange('', 0, 0)).toBe(0x811c9dc5 | 0);
  });
});
