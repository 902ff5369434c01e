import { describe, expect, it } from 'vitest';
import { forEachGram, forEachGramByString, GramTable } from '../../../src/models/builtin/gramTable.js';
import { Growable } from '../../../src/models/builtin/growable.js';

const grams = (t: GramTable, out: Growable) => Array.from(out.view(), (id) => t.strings[id]);

describe('GramTable', () => {
  it('emits unigrams, then each position\'s n-grams, reusing ids for repeats', () => {
    const t = new GramTable();
    const ids = ['aa', 'bb', 'aa', 'bb'].map((s) => t.whole(s, true));
    const out = new Growable(4);
    forEachGram(t, ids, 1, 3, true, out);
    expect(grams(t, out)).toEqual(['aa', 'bb', 'aa', 'bb', 'aa bb', 'aa bb aa', 'bb aa', 'bb aa bb', 'aa bb']);
    expect(out.buf[4]).toBe(out.buf[8]);
    expect(t.size).toBe(6);
  });

  it('skips unknown tokens and n-grams when not creating', () => {
    const t = new GramTable();
    const [a, b] = ['aa', 'bb'].map((s) => t.whole(s, true));
    t.extend(a, b, true);
    const out = new Growable(4);
    forEachGram(t, [b, a, -1, a, b], 2, 3, false, out);
    expect(grams(t, out)).toEqual(['aa bb']);
    expect(t.extend(b, a, false)).toBe(-1);
    expect(t.size).toBe(3);
  });

  it('gives equal strings one id whatever the token split (tokens holding spaces)', () => {
    const t = new GramTable();
    const ab = t.extend(t.whole('a', true), t.whole('b', true), true);
    expect(t.spaced).toBe(false);
    expect(t.whole('a b', true)).toBe(ab);
    expect(t.spaced).toBe(true);
    const out = new Growable(4);
    forEachGramByString(t, ['a b', 'c'], 2, 2, true, out);
    forEachGramByString(t, ['a', 'b c'], 2, 2, false, out);
    expect(out.buf[0]).toBe(out.buf[1]);
    expect(t.strings[out.buf[0]]).toBe('a b c');
    expect(t.extend(t.whole('a b', false), t.whole('c', true), true)).toBe(out.buf[0]);
  });
});
