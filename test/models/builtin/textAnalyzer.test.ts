import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalyzer, DEFAULT_TOKEN_PATTERN, type AnalyzerOptions } from '../../../src/models/builtin/textAnalyzer.js';
import { compilePythonPattern } from '../../../src/models/builtin/pythonPattern.js';

// Fixtures: scikit-learn 1.9.1 CountVectorizer(...).build_analyzer() on Python 3.11 (scripts/fixtures/naive_bayes.py).
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));

describe('buildAnalyzer — scikit-learn parity', () => {
  it('records the reference version', () => {
    expect(fx.reference).toMatch(/^scikit-learn 1\.9\.1, numpy 2\.4\.6, Python 3\.11/);
  });

  type Case = { options: Partial<AnalyzerOptions>; docs: string[]; tokens: string[][] };
  it.each((fx.analyzer as Case[]).map((c, i) => [i, JSON.stringify(c.options), c] as [number, string, Case]))(
    'case %i: options %s',
    (_i, _o, c) => {
      const analyze = buildAnalyzer(c.options);
      c.docs.forEach((doc, d) => {
        // Known, documented difference: (?i) uses JavaScript's simple case folding, under which the
        // Turkish İ (U+0130) and ı (U+0131) do not match i/I; Python's re makes them match.
        if (c.options.tokenPattern?.startsWith('(?i)') && /[İı]/.test(doc)) return;
        expect(analyze(doc), JSON.stringify(doc)).toEqual(c.tokens[d]);
      });
    },
  );
});

describe('buildAnalyzer — behaviour', () => {
  it('builds n-grams in scikit-learn order: all unigrams, then bigrams, then trigrams', () => {
    expect(buildAnalyzer({ ngramRange: [1, 3] })('aa bb cc')).toEqual(['aa', 'bb', 'cc', 'aa bb', 'bb cc', 'aa bb cc']);
    expect(buildAnalyzer({ ngramRange: [2, 5] })('aa bb cc')).toEqual(['aa bb', 'bb cc', 'aa bb cc']);
    expect(buildAnalyzer({ ngramRange: [4, 4] })('aa bb cc')).toEqual([]);
  });

  it('rejects bad n-gram ranges with scikit-learn\'s message', () => {
    expect(() => buildAnalyzer({ ngramRange: [2, 1] })).toThrow('Invalid value for ngram_range=(2, 1) lower boundary larger than the upper boundary.');
    expect(() => buildAnalyzer({ ngramRange: [0, 1] })).toThrow('ngram_range must be two integers >= 1 (got [0, 1])');
    expect(() => buildAnalyzer({ ngramRange: [1.5, 2] })).toThrow('ngram_range must be two integers >= 1');
  });

  it('rejects a pattern with two capturing groups with scikit-learn\'s message', () => {
    expect(() => buildAnalyzer({ tokenPattern: '(a)(b)' })).toThrow(fx.twoGroupsError);
  });

  it('the fast default tokenizer equals the translated Python pattern on any Unicode text', () => {
    const { regex } = compilePythonPattern(DEFAULT_TOKEN_PATTERN);
    const codePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c));
    const fast = buildAnalyzer({ lowercase: false });
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'B', '_', '1', ' ', '-', 'é', '\u0301', '٣', 'ß', '😀', '𝐀', '\n'), codePoint), maxLength: 40 });
    fc.assert(fc.property(text, (s) => {
      expect(fast(s)).toEqual(s.match(regex) ?? []);
    }), { numRuns: 500 });
  });

  it('every token matches the pattern and n-grams have n space-separated tokens', () => {
    const analyze = buildAnalyzer({ ngramRange: [1, 3] });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('ab', 'Cd', ' ', ', ', 'é', 'x'), maxLength: 20 }), (s) => {
      const uni = buildAnalyzer()(s);
      const all = analyze(s);
      const n = uni.length;
      expect(all.length).toBe(n + Math.max(0, n - 1) + Math.max(0, n - 2));
      for (const t of all) expect(t.split(' ').every((w) => /^[\p{L}\p{N}_]{2,}$/u.test(w))).toBe(true);
    }));
  });
});
