import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountVectorizer } from '../../../src/models/builtin/countVectorizer.js';
import { DocumentCounts } from '../../../src/models/builtin/documentCounts.js';
import { buildAnalyzer } from '../../../src/models/builtin/textAnalyzer.js';
import { resolveVectorizerOptions, type VectorizerOptions } from '../../../src/models/builtin/vectorizerOptions.js';

// Fixtures: scikit-learn 1.9.1 CountVectorizer (scripts/fixtures/naive_bayes.py).
interface NbCase {
  name: string;
  options: Partial<VectorizerOptions>;
  trainDocs: string[];
  testDocs: string[];
  vocabulary: string[];
  testRows: [number[], number[]][] | null;
}
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));
const cases: NbCase[] = fx.nb;

const rowOf = (rows: { indptr: Int32Array; indices: Int32Array; data: Float64Array }, r: number): [number[], number[]] => [
  Array.from(rows.indices.subarray(rows.indptr[r], rows.indptr[r + 1])),
  Array.from(rows.data.subarray(rows.indptr[r], rows.indptr[r + 1])),
];

describe('CountVectorizer — scikit-learn parity', () => {
  it.each(cases.map((c) => [c.name, c]))('%s: vocabulary (get_feature_names_out) and transform of unseen documents', (_n, c: NbCase) => {
    const { vectorizer } = CountVectorizer.fitTransform(c.trainDocs, c.options);
    expect(vectorizer.terms).toEqual(c.vocabulary);
    if (c.testRows === null) return;
    const rows = vectorizer.transform(c.testDocs);
    c.testRows.forEach((expected, r) => expect(rowOf(rows, r)).toEqual(expected));
  });

  type VecCase = { options: Partial<VectorizerOptions>; docs: string[]; testDocs: string[]; vocabulary: string[]; trainRows: [number[], number[]][]; testRows: [number[], number[]][] };
  it.each((fx.vectorizer as VecCase[]).map((c) => [JSON.stringify(c.options), c] as [string, VecCase]))('options %s: vocabulary and counts', (_o, c) => {
    const { vectorizer, rows } = CountVectorizer.fitTransform(c.docs, c.options);
    expect(vectorizer.terms).toEqual(c.vocabulary);
    c.trainRows.forEach((expected, r) => {
      const [i, d] = rowOf(rows, r);
      const order = i.map((_, k) => k).sort((a, b) => i[a] - i[b]);
      expect([order.map((k) => i[k]), order.map((k) => d[k])]).toEqual(expected);
    });
    const test = vectorizer.transform(c.testDocs);
    c.testRows.forEach((expected, r) => expect(rowOf(test, r)).toEqual(expected));
  });

  type ErrCase = { docs: string[]; options: Partial<VectorizerOptions>; error: string };
  it.each((fx.vectorizerErrors as ErrCase[]).map((c) => [JSON.stringify(c.options), c] as [string, ErrCase]))(
    'fails like scikit-learn with options %s',
    (_o, c) => {
      expect(() => CountVectorizer.fitTransform(c.docs, c.options)).toThrow(c.error);
    },
  );
});

describe('CountVectorizer — behaviour', () => {
  it('fitTransform rows hold the same counts as transform of the training documents', () => {
    const docs = cases[1].trainDocs;
    const { vectorizer, rows } = CountVectorizer.fitTransform(docs, cases[1].options);
    const again = vectorizer.transform(docs);
    for (let r = 0; r < docs.length; r++) {
      const [i1, d1] = rowOf(rows, r);
      const order = i1.map((_, k) => k).sort((a, b) => i1[a] - i1[b]);
      expect([order.map((k) => i1[k]), order.map((k) => d1[k])]).toEqual(rowOf(again, r));
    }
  });

  it('row sums equal the number of in-vocabulary tokens; binary counts are 1', () => {
    const words = fc.constantFrom('aa', 'bb', 'Cc', 'dd', 'ée', '12', 'x', '!');
    fc.assert(fc.property(fc.array(fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 8 }), (docs) => {
      let fitted;
      try {
        fitted = CountVectorizer.fitTransform(docs);
      } catch {
        expect(docs.join(' ').match(/[\p{L}\p{N}_]{2,}/u)).toBeNull(); // only an empty vocabulary may fail
        return;
      }
      const { rows } = fitted;
      docs.forEach((d, r) => {
        const total = rowOf(rows, r)[1].reduce((a, b) => a + b, 0);
        expect(total).toBe(d.match(/[\p{L}\p{N}_]{2,}/gu)?.length ?? 0);
      });
      const bin = CountVectorizer.fitTransform(docs, { binary: true }).rows;
      expect(bin.data.every((v) => v === 1)).toBe(true);
    }));
  });

  // A naive reference: scikit-learn's algorithm written directly over the analyzer's strings.
  function naive(docs: string[], test: string[], options: Partial<VectorizerOptions>) {
    const analyze = buildAnalyzer(options);
    const terms = [...new Set(docs.flatMap(analyze))].sort();
    const col = new Map(terms.map((t, j) => [t, j]));
    const count = (d: string): [number[], number[]] => {
      const c = new Map<number, number>();
      for (const t of analyze(d)) {
        const j = col.get(t);
        if (j !== undefined) c.set(j, (c.get(j) ?? 0) + 1);
      }
      const keys = [...c.keys()].sort((a, b) => a - b);
      return [keys, keys.map((k) => c.get(k)!)];
    };
    return { terms, rows: test.map(count) };
  }

  it('equals a naive string implementation for any n-gram range and token pattern (spaces in tokens included)', () => {
    const word = fc.constantFrom('aa', 'bb', 'cc', 'the', 'x', 'Aa');
    const doc = fc.array(word, { maxLength: 10 }).map((w) => w.join(' '));
    const pattern = fc.constantFrom('(?u)\\b\\w\\w+\\b', '\\w+', '[a-z]+ [a-z]+|[a-z]+', '(?:the )?[a-z]+', '[a-z]');
    const range = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 })).map(([a, b]) => [a, a + b] as [number, number]);
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), fc.array(doc, { maxLength: 4 }), pattern, range, (docs, test, tokenPattern, ngramRange) => {
      const options = { tokenPattern, ngramRange };
      const want = naive(docs, test, options);
      if (want.terms.length === 0) return;
      const { vectorizer } = CountVectorizer.fitTransform(docs, options);
      expect(vectorizer.terms).toEqual(want.terms);
      const rows = vectorizer.transform(test);
      want.rows.forEach((expected, r) => expect(rowOf(rows, r)).toEqual(expected));
    }), { numRuns: 300 });
  });

  it('gives the same vocabulary and rows through a DocumentCounts shared with earlier fits as through a fresh one', () => {
    const word = fc.constantFrom('aa', 'bb', 'cc', 'the', 'x', 'Aa', 'ｆｆ', '𝐀𝐁');
    const doc = fc.array(word, { maxLength: 10 }).map((w) => w.join(' '));
    const options = fc.record({
      tokenPattern: fc.constantFrom('(?u)\\b\\w\\w+\\b', '\\w+', '[a-z]+ [a-z]+|[a-z]+'),
      ngramRange: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 2 })).map(([a, b]) => [a, a + b] as [number, number]),
      binary: fc.boolean(),
      minDf: fc.constantFrom(0, 1, 2, 0.3),
      maxDf: fc.constantFrom(1, 0.7, 3),
    });
    const fitted = (docs: string[], o: Partial<VectorizerOptions> | DocumentCounts) => {
      try {
        return CountVectorizer.fitTransform(docs, o);
      } catch (e) {
        return (e as Error).message;
      }
    };
    // fitTransform's row terms come in the order the lineage first analyzed them: compare each row sorted.
    const sortedRows = (rows: { indptr: Int32Array; indices: Int32Array; data: Float64Array }) =>
      Array.from({ length: rows.indptr.length - 1 }, (_, r) => {
        const [i, d] = rowOf(rows, r);
        const order = i.map((_, k) => k).sort((a, b) => i[a] - i[b]);
        return [order.map((k) => i[k]), order.map((k) => d[k])];
      });
    const view = (f: ReturnType<typeof fitted>, test: string[]) =>
      typeof f === 'string' ? f : { terms: f.vectorizer.terms, rows: sortedRows(f.rows), test: f.vectorizer.transform(test) };
    fc.assert(fc.property(fc.array(fc.array(doc, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), fc.array(doc, { maxLength: 4 }), options, (fits, test, o) => {
      const shared = new DocumentCounts(resolveVectorizerOptions(o));
      const earlier = fits.map((docs) => fitted(docs, shared)); // each fit grows the shared grams
      fits.forEach((docs, i) => {
        const fresh = view(fitted(docs, o), test);
        expect(view(earlier[i], test)).toEqual(fresh);
        expect(view(fitted(docs, shared), test)).toEqual(fresh);
      });
    }), { numRuns: 300 });
  });

  it('ignores unseen terms and returns an empty row for an empty document', () => {
    const { vectorizer } = CountVectorizer.fitTransform(['spam eggs', 'eggs ham']);
    const rows = vectorizer.transform(['unknown words only', '', 'ham ham spam']);
    expect(Array.from(rows.indptr)).toEqual([0, 0, 0, 2]);
    expect(rowOf(rows, 2)).toEqual([[1, 2], [2, 1]]);
    expect(vectorizer.vocabulary.get('eggs')).toBe(0);
  });

  it('sorts the vocabulary by code point, as Python does (not by UTF-16 unit)', () => {
    const { vectorizer } = CountVectorizer.fitTransform(['\uff41\uff41 \u{1d400}\u{1d400} zz']);
    expect(vectorizer.terms).toEqual(['zz', '\uff41\uff41', '\u{1d400}\u{1d400}']);
  });

  it('validates min_df and max_df before fitting', () => {
    expect(() => resolveVectorizerOptions({ minDf: 1.5 })).toThrow('min_df must be an integer >= 0 (a document count) or a proportion in (0, 1) (got 1.5)');
    expect(() => resolveVectorizerOptions({ maxDf: 1.5 })).toThrow('max_df must be a proportion in [0, 1] or an integer >= 2 (a document count) (got 1.5)');
    expect(() => resolveVectorizerOptions({ minDf: -1 })).toThrow('min_df');
    expect(() => resolveVectorizerOptions({ minDf: 2, maxDf: 0.5 })).not.toThrow();
  });
});
