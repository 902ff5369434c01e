import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentCounts, type DocumentVector } from '../../../src/models/builtin/documentCounts.js';
import { buildAnalyzer } from '../../../src/models/builtin/textAnalyzer.js';
import { resolveVectorizerOptions, type VectorizerOptions } from '../../../src/models/builtin/vectorizerOptions.js';
import { compareCodePoints } from '../../../src/stats/compareCodePoints.js';

const make = (options: Partial<VectorizerOptions> = {}) => new DocumentCounts(resolveVectorizerOptions(options));
const asMap = (c: DocumentCounts, v: DocumentVector) => new Map(Array.from(v.ids, (id, k) => [c.grams.strings[id], v.counts[k]]));

/** A document's counts from the analyzer's strings (scikit-learn's features, in its order). */
function counted(options: Partial<VectorizerOptions>, doc: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of buildAnalyzer(options)(doc)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

describe('DocumentCounts', () => {
  it('counts each distinct gram once, in first-seen order, and keeps the vector of a remembered text', () => {
    const c = make({ ngramRange: [1, 2] });
    const v = c.remember('Aa bb aa bb');
    expect([...asMap(c, v)]).toEqual([['aa', 2], ['bb', 2], ['aa bb', 2], ['bb aa', 1]]);
    expect(c.remember('Aa bb aa bb')).toBe(v);
    expect(c.lookup('Aa bb aa bb')).toBe(v);
  });

  it('looks up an unknown text over known grams only, adding nothing and keeping nothing', () => {
    const c = make({ ngramRange: [1, 2] });
    c.remember('aa bb');
    const size = c.grams.size;
    const v = c.lookup('aa cc bb aa bb');
    expect([...asMap(c, v)]).toEqual([['aa', 2], ['bb', 2], ['aa bb', 1]]);
    expect(c.grams.size).toBe(size);
    const kept = c.remember('aa cc bb aa bb');
    expect(kept).not.toBe(v);
    expect(asMap(c, kept).get('cc bb')).toBe(1);
    expect(c.grams.size).toBeGreaterThan(size);
  });

  it('gives the analyzer\'s counts for any text, pattern and n-gram range, whatever was remembered before', () => {
    const word = fc.constantFrom('aa', 'bb', 'Cc', 'the', 'x', 'é1', '𝐀𝐁', 'ｆｆ');
    const doc = fc.array(word, { maxLength: 9 }).map((w) => w.join(' '));
    const pattern = fc.constantFrom('(?u)\\b\\w\\w+\\b', '\\w+', '[a-z]+ [a-z]+|[a-z]+');
    const range = fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 2 })).map(([a, b]) => [a, a + b] as [number, number]);
    fc.assert(fc.property(fc.array(doc, { maxLength: 5 }), doc, pattern, range, fc.boolean(), (before, text, tokenPattern, ngramRange, lowercase) => {
      const options = { tokenPattern, ngramRange, lowercase };
      const c = make(options);
      for (const d of before) c.remember(d);
      const byGram = (m: Map<string, number>) => [...m].sort((a, b) => compareCodePoints(a[0], b[0]));
      expect(byGram(asMap(c, c.remember(text)))).toEqual(byGram(counted(options, text)));
    }), { numRuns: 200 });
  });

  it('orders every gram by code point, across batches of new grams (astral characters after U+FFxx)', () => {
    const word = fc.constantFrom('aa', 'bb', 'zz', 'ｆｆ', '𝐀𝐁', 'ab', 'b1', 'éé', '𝐀a');
    const doc = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(fc.property(fc.array(fc.array(doc, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), (batches) => {
      const c = make({ ngramRange: [1, 2] });
      for (const batch of batches) {
        for (const d of batch) c.remember(d);
        const got = Array.from(c.sortedGrams(), (id) => c.grams.strings[id]);
        expect(got).toEqual([...c.grams.strings].sort(compareCodePoints));
      }
    }), { numRuns: 200 });
    const c = make();
    c.remember('ｆｆ 𝐀𝐁 zz');
    expect(Array.from(c.sortedGrams(), (id) => c.grams.strings[id])).toEqual(['zz', 'ｆｆ', '𝐀𝐁']);
    expect(c.sortedGrams()).toBe(c.sortedGrams());
  });
});
