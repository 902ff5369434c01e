import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRange } from '../../../src/models/builtin/tokenInterner.js';
import { forEachWordRun, forEachWordSpan } from '../../../src/models/builtin/wordRuns.js';

const runs = (text: string, min: number) => {
  const out: string[] = [];
  forEachWordRun(text, min, (t) => out.push(t));
  return out;
};

describe('forEachWordRun / forEachWordSpan', () => {
  it('finds maximal runs of Python \\w characters, counting code points', () => {
    expect(runs('Hi, é_1 a 😀 𝐀𝐁', 2)).toEqual(['Hi', 'é_1', '𝐀𝐁']);
    expect(runs('𝐀 b', 1)).toEqual(['𝐀', 'b']);
    expect(runs('𝐀 b', 2)).toEqual([]);
    expect(runs('cafe\u0301s', 2)).toEqual(['cafe']); // a combining mark is not \w: it splits the word
    expect(runs('\ud835 lone', 2)).toEqual(['lone']);
  });

  it('equals the regular expression [\\p{L}\\p{N}_]{n,} on any text, and reports each span\'s hash', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'Z', '_', '7', ' ', '-', '\u0301', '٣', '😀', '𝐀', '\ud800'), fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c)));
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (s, min) => {
      expect(runs(s, min)).toEqual(s.match(new RegExp(`[\\p{L}\\p{N}_]{${min},}`, 'gu')) ?? []);
      forEachWordSpan(s, min, (a, b, h) => expect(h).toBe(hashRange(s, a, b)));
    }), { numRuns: 500 });
  });
});
