import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combiningMarks, combiningRanges } from '../../../src/models/builtin/combiningMarks.js';

// Fixture: Python 3.11 unicodedata.combining (Unicode 14.0), scripts/fixtures/naive_bayes.py.
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));

describe('combiningMarks', () => {
  it('embeds exactly the code points with a non-zero combining class in Python 3.11', () => {
    expect(combiningRanges()).toEqual(fx.combiningRanges);
  });

  it('matches every code point of the ranges and none just outside them', () => {
    const re = combiningMarks();
    const one = new RegExp(`^(?:${re.source})$`, 'u');
    for (const [a, b] of fx.combiningRanges as [number, number][]) {
      expect(one.test(String.fromCodePoint(a))).toBe(true);
      expect(one.test(String.fromCodePoint(b))).toBe(true);
      expect(one.test(String.fromCodePoint(a - 1))).toBe(a - 1 >= 0xd800 && a - 1 <= 0xdfff ? false : (fx.combiningRanges as [number, number][]).some(([x, y]) => a - 1 >= x && a - 1 <= y));
    }
  });

  it('is not \\p{M}: a spacing mark of class 0 is kept', () => {
    expect('\u093e'.replace(combiningMarks(), '')).toBe('\u093e'); // DEVANAGARI VOWEL SIGN AA, Mc, class 0
    expect('e\u0301'.replace(combiningMarks(), '')).toBe('e');
  });
});
