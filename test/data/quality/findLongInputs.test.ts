import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../../src/data/example.js';
import { findLongInputs, textLength } from '../../../src/data/quality/findLongInputs.js';

const ex = (id: string, line: number, input: unknown): Example => ({ id, line, input });

describe('findLongInputs', () => {
  it('flags inputs over the character or token limit', () => {
    const data = [
      ex('a', 1, 'one two three'),
      ex('b', 2, 'x'.repeat(11)),
      ex('c', 3, 'a b c d e'),
      ex('d', 4, '😀'.repeat(10)),
      ex('e', 5, undefined),
      ex('f', 6, { k: 'vvvvv' }),
    ];
    const r = findLongInputs(data, { maxChars: 10, maxTokens: 4 });
    expect(r.findings).toEqual([
      { ids: ['a'], lines: [1], chars: 13, tokens: 3 },
      { ids: ['b'], lines: [2], chars: 11, tokens: 1 },
      { ids: ['c'], lines: [3], chars: 9, tokens: 5 },
      { ids: ['f'], lines: [6], chars: 13, tokens: 1 },
    ]);
    expect(r.figures).toEqual({ total: 5, count: 4, rate: 0.8, max_chars: 13, max_tokens: 5 });
  });

  it('has generous defaults and checks its limits', () => {
    expect(findLongInputs([ex('a', 1, 'x'.repeat(10_000)), ex('b', 2, 'x'.repeat(10_001))]).findings.map((f) => f.ids[0])).toEqual(['b']);
    expect(findLongInputs([ex('a', 1, 'x '.repeat(2049))]).count).toBe(1);
    expect(() => findLongInputs([], { maxChars: 1.5 })).toThrow('maxChars must be a non-negative integer or Infinity (got 1.5)');
  });

  it('counts code points and whitespace tokens like Array.from and split (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(textLength(text)).toEqual({ chars: Array.from(text).length, tokens: text.split(/\s+/).filter((t) => t !== '').length });
      }),
    );
  });
});
