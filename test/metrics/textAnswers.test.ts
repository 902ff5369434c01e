import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactMatch } from '../../src/metrics/exactMatch.js';
import { normalizeAnswer } from '../../src/metrics/normalizeAnswer.js';
import { tokenF1 } from '../../src/metrics/tokenF1.js';
import { rougeL, rougeN, rougeTokens } from '../../src/metrics/rouge.js';
import { levenshteinSimilarity } from '../../src/metrics/levenshteinSimilarity.js';
import { passesAssertion } from '../../src/metrics/textAssertion.js';
import { parseJsonOutput } from '../../src/metrics/parseJsonOutput.js';

describe('SQuAD normalization, exact match and token F1', () => {
  it('known values (worked by hand from the SQuAD v2.0 script)', () => {
    expect(normalizeAnswer('The  Eiffel Tower!')).toBe('eiffel tower');
    expect(normalizeAnswer('The  Eiffel Tower!', ['lowercase'])).toBe('the  eiffel tower!');
    expect(exactMatch('The Eiffel Tower.', ['eiffel tower'])).toBe(true);
    expect(exactMatch('The Eiffel Tower.', ['eiffel tower'], [])).toBe(false);
    expect(tokenF1('the cat sat', ['a cat sat down'])).toBeCloseTo(0.8, 15);
    expect(tokenF1('', [''])).toBe(1);
    expect(tokenF1('the', ['cat'])).toBe(0); // 'the' normalizes to nothing
    expect(tokenF1('cat cat', ['cat'])).toBeCloseTo(2 / 3, 15);
    expect(tokenF1('x', ['y', 'x'])).toBe(1);
  });
  it('token F1 is symmetric, in [0, 1], and 1 on itself', () => {
    const s = fc.array(fc.constantFrom('a', 'cat', 'dog', 'The', 'ran', '!', 'far'), { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(fc.property(s, s, (a, b) => {
      const f = tokenF1(a, [b]);
      return Math.abs(f - tokenF1(b, [a])) < 1e-12 && f >= 0 && f <= 1 && tokenF1(a, [a]) === 1;
    }));
  });
});

describe('ROUGE (the definition documented in docs/safety-and-quality.md: rouge-score tokenization, no stemming)', () => {
  it('known values computed by hand', () => {
    // candidate: the cat sat on the mat (6), reference: the cat on the mat (5)
    const c = 'The cat sat on the mat.';
    const r = 'the cat, on the mat';
    expect(rougeTokens(c)).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat']);
    expect(rougeN(c, r, 1)).toEqual({ precision: 5 / 6, recall: 1, f1: (2 * (5 / 6)) / (5 / 6 + 1) });
    // bigrams: cand {the cat, cat sat, sat on, on the, the mat}, ref {the cat, cat on, on the, the mat}: 3 shared
    expect(rougeN(c, r, 2)).toEqual({ precision: 3 / 5, recall: 3 / 4, f1: (2 * 0.6 * 0.75) / 1.35 });
    expect(rougeL(c, r)).toEqual({ precision: 5 / 6, recall: 1, f1: (2 * (5 / 6)) / (5 / 6 + 1) });
    expect(rougeL('a b c d', 'b d a c').f1).toBe(0.5); // LCS 2 (b c, or a c, or b d)
    expect(rougeL('', 'a')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('properties: F1 symmetric, LCS never above unigram overlap, identity gives 1', () => {
    const s = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
    fc.assert(fc.property(s, s, (a, b) => {
      const l = rougeL(a, b);
      const one = rougeN(a, b, 1);
      return Math.abs(l.f1 - rougeL(b, a).f1) < 1e-12 && l.recall <= one.recall + 1e-12 && rougeL(a, a).f1 === 1 && rougeN(a, a, 2).recall === (a.split(' ').length > 1 ? 1 : 0);
    }));
  });
});

describe('Levenshtein similarity, assertions, JSON outputs', () => {
  it('known values', () => {
    expect(levenshteinSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 15);
    expect(levenshteinSimilarity('', '')).toBe(1);
    expect(levenshteinSimilarity('abc', '')).toBe(0);
  });
  it('assertions', () => {
    expect(passesAssertion('Paris is the capital.', { kind: 'starts_with', value: 'paris', ignoreCase: true, negate: false })).toBe(true);
    expect(passesAssertion('Paris', { kind: 'contains', value: 'London', ignoreCase: false, negate: true })).toBe(true);
    expect(passesAssertion('x 42', { kind: 'regex', value: /\d+$/g, negate: false })).toBe(true);
    expect(passesAssertion('x 42', { kind: 'regex', value: /\d+$/g, negate: false })).toBe(true); // lastIndex reset
    expect(passesAssertion('done.  ', { kind: 'ends_with', value: 'done.', ignoreCase: false, negate: false })).toBe(true);
  });
  it('JSON outputs, fenced or not', () => {
    expect(parseJsonOutput('```json\n{"a": 1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonOutput(' [1, 2] ')).toEqual({ ok: true, value: [1, 2] });
    expect(parseJsonOutput('{"a": ').ok).toBe(false);
    expect(parseJsonOutput('').ok).toBe(false);
    const t = performance.now();
    parseJsonOutput(`\`\`\`json\n${'{'.repeat(1 << 20)}`);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
