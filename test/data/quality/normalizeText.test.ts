import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputText } from '../../../src/data/quality/inputText.js';
import { normalizeText } from '../../../src/data/quality/normalizeText.js';

describe('normalizeText', () => {
  it('applies NFKC: compatibility characters, full-width forms, composed accents', () => {
    expect(normalizeText('ﬁne', { caseFold: false })).toBe('fine');
    expect(normalizeText('ＡＢＣ１２３', { caseFold: false })).toBe('ABC123');
    expect(normalizeText('x² ① ½', { caseFold: false })).toBe('x2 1 1⁄2');
    expect(normalizeText('caf\u0065\u0301')).toBe(normalizeText('caf\u00e9'));
    expect(normalizeText('ｶﾞ', { caseFold: false })).toBe('ガ'); // half-width katakana + voiced mark
    expect(normalizeText('ﬁne', { nfkc: false, caseFold: false })).toBe('ﬁne');
  });

  it('folds case beyond toLowerCase: ß, final sigma, Turkish dotted I, titlecase digraphs', () => {
    expect(normalizeText('STRASSE')).toBe(normalizeText('straße'));
    expect(normalizeText('ẞ')).toBe('ss');
    expect(normalizeText('ΟΔΥΣΣΕΥΣ')).toBe(normalizeText('οδυσσευς'));
    expect(normalizeText('ὈΔΥΣΣΕΎΣ')).toBe(normalizeText('ὀδυσσεύς'));
    expect(normalizeText('İstanbul')).toBe('i\u0307stanbul'); // Unicode full folding of U+0130
    expect(normalizeText('ǅemal')).toBe(normalizeText('ǆemal'));
    expect(normalizeText('ǅemal')).toBe(normalizeText('ǄEMAL'));
    expect(normalizeText('Hello', { caseFold: false })).toBe('Hello');
  });

  it('collapses Unicode whitespace and trims', () => {
    expect(normalizeText('\t a\u00a0\u00a0b\u3000c\n\r\u2028d\u202f ')).toBe('a b c d');
    expect(normalizeText(' a  b ', { collapseWhitespace: false })).toBe(' a  b ');
    // NFKC already maps no-break space to a plain space.
    expect(normalizeText('a\u00a0b', { collapseWhitespace: false })).toBe('a b');
  });

  it('strips punctuation only when asked, keeping symbols', () => {
    const text = '«Don’t» — stop! ¿Qué? $5+3 (a_b) “ok”.';
    expect(normalizeText(text, { stripPunctuation: true })).toBe('dont stop qué $5+3 ab ok');
    expect(normalizeText(text)).toBe('«don’t» — stop! ¿qué? $5+3 (a_b) “ok”.');
    expect(normalizeText('a - b', { stripPunctuation: true })).toBe('a b');
  });

  it('leaves plain ASCII alone except for case and spaces', () => {
    expect(normalizeText('Hello,  World!')).toBe('hello, world!');
    expect(normalizeText('')).toBe('');
  });

  it('is idempotent (property)', () => {
    const options = fc.record({
      nfkc: fc.boolean(),
      caseFold: fc.boolean(),
      collapseWhitespace: fc.boolean(),
      stripPunctuation: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), options, (text, o) => {
        const once = normalizeText(text, o);
        expect(normalizeText(once, o)).toBe(once);
      }),
    );
  });

  it('ignores letter case and whitespace layout of Latin, Greek and Cyrillic text (property)', () => {
    const letters = fc.constantFrom(...'abcxyzABCXYZéÉßẞçÇσςΣαΑжЖſǅǄǆİıŉﬀ'.split(''), ' ', '\t', '\u00a0', '\n');
    fc.assert(
      fc.property(fc.array(letters).map((a) => a.join('')), (text) => {
        const n = normalizeText(text);
        expect(normalizeText(text.toUpperCase())).toBe(n);
        expect(normalizeText(text.toLowerCase().replace(/\s/g, '  '))).toBe(n);
      }),
    );
  });
});

describe('inputText', () => {
  it('uses strings as they are and canonical JSON for everything else', () => {
    expect(inputText('  A ')).toBe('  A ');
    expect(inputText({ b: [1, { d: 2, c: 3 }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":3,"d":2}]}');
    expect(inputText(5)).toBe('5');
    expect(inputText(false)).toBe('false');
    expect(inputText(null)).toBeUndefined();
    expect(inputText(undefined)).toBeUndefined();
  });
});
