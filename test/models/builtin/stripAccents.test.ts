import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stripAccents } from '../../../src/models/builtin/stripAccents.js';

// scikit-learn's own doc examples and definitions (strip_accents_unicode / strip_accents_ascii);
// the analyzer fixture (textAnalyzer.test.ts) covers them on Unicode text against scikit-learn 1.9.1.
describe('stripAccents', () => {
  it('unicode: NFKD then drop combining marks', () => {
    expect(stripAccents('Crème brûlée', 'unicode')).toBe('Creme brulee');
    expect(stripAccents('ﬁ ² Ｋ', 'unicode')).toBe('fi 2 K');
    expect(stripAccents('नमस्ते', 'unicode')).toBe('नमसत\u0947'); // virama (class 9) dropped, vowel sign E (class 0) kept
  });

  it('ascii: NFKD then drop every non-ASCII code point', () => {
    expect(stripAccents('Crème 東京 ½', 'ascii')).toBe('Creme  12');
  });

  it('null leaves the text alone; ASCII text is returned unchanged', () => {
    expect(stripAccents('Crème', null)).toBe('Crème');
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (s) => {
      expect(stripAccents(s, 'unicode')).toBe(s);
      expect(stripAccents(s, 'ascii')).toBe(s);
    }));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const once = stripAccents(s, 'unicode');
      expect(stripAccents(once, 'unicode')).toBe(once);
    }));
  });
});
