import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveBayesModel } from '../../../src/models/builtin/naiveBayesModel.js';
import type { Label } from '../../../src/metrics/types.js';
import type { Model } from '../../../src/models/model.js';

// Fixtures: scikit-learn 1.9.1 CountVectorizer + MultinomialNB (scripts/fixtures/naive_bayes.py).
interface NbCase {
  name: string;
  alpha: number;
  options: Record<string, unknown>;
  trainDocs: string[];
  trainLabels: Label[];
  testDocs: string[];
  classes: Label[];
  predictProba: number[][];
  predict: Label[];
}
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));
const cases: NbCase[] = fx.nb;
const examples = (docs: string[], labels: Label[]) => docs.map((input, i) => ({ input, label: labels[i] }));

describe('builtin:naive-bayes — scikit-learn pipeline parity', () => {
  it.each(cases.map((c) => [c.name, c]))('%s: labels exact, probabilities within 1e-12', async (_n, c: NbCase) => {
    const model = await naiveBayesModel({ alpha: c.alpha, ...c.options }).fit!(examples(c.trainDocs, c.trainLabels));
    expect(model.classes).toEqual(c.classes);
    const out = await model.predict(c.testDocs);
    expect(out.map((p) => p.label)).toEqual(c.predict);
    out.forEach((p, r) => {
      // A Record lists integer-like keys first whatever the insertion order; `classes` gives the order.
      expect(Object.keys(p.probabilities!).sort()).toEqual(c.classes.map(String).sort());
      c.classes.forEach((cls, k) => {
        const want = c.predictProba[r][k];
        expect(Math.abs(p.probabilities![String(cls)] - want)).toBeLessThanOrEqual(1e-12 * want + 1e-300);
      });
    });
  });
});

describe('builtin:naive-bayes — one model refitted (cross-validation folds) answers as fresh models', () => {
  const folds = (n: number, k: number) => Array.from({ length: k }, (_, f) => Array.from({ length: n }, (_, i) => i).filter((i) => i % k !== f));
  const probabilities = (out: { label?: unknown; probabilities?: Record<string, number> }[]) => out.map((p) => [p.label, p.probabilities]);

  it.each(cases.map((c) => [c.name, c]))('%s: each fold of a refitted lineage is bit-identical to a fresh model', async (_n, c: NbCase) => {
    const params = { alpha: c.alpha, ...c.options };
    const lineage = naiveBayesModel(params);
    const all = examples(c.trainDocs, c.trainLabels);
    let before = lineage;
    for (const keep of folds(all.length, 3)) {
      const train = keep.map((i) => all[i]);
      const shared = await before.fit!(train); // fitted from the previous fold's model: one lineage
      const fresh = await naiveBayesModel(params).fit!(train);
      expect(shared.classes).toEqual(fresh.classes);
      expect(shared.identity).toEqual(fresh.identity);
      expect(probabilities(await shared.predict([...c.testDocs, ...c.trainDocs]))).toEqual(probabilities(await fresh.predict([...c.testDocs, ...c.trainDocs])));
      before = shared;
    }
  });

  it.each(cases.map((c) => [c.name, c]))('%s: after fits on other texts, still scikit-learn\'s probabilities', async (_n, c: NbCase) => {
    const lineage = naiveBayesModel({ alpha: c.alpha, ...c.options });
    await lineage.fit!(c.testDocs.map((input, i) => ({ input: `${input} zz${i} other words`, label: c.classes[i % c.classes.length] })));
    await lineage.fit!(examples(c.trainDocs.slice(0, 10), c.trainLabels.slice(0, 10)));
    const model = await lineage.fit!(examples(c.trainDocs, c.trainLabels));
    const out = await model.predict(c.testDocs);
    expect(out.map((p) => p.label)).toEqual(c.predict);
    out.forEach((p, r) => c.classes.forEach((cls, k) => {
      const want = c.predictProba[r][k];
      expect(Math.abs(p.probabilities![String(cls)] - want)).toBeLessThanOrEqual(1e-12 * want + 1e-300);
    }));
  });

  it('holds for any corpus, options and order of fits', async () => {
    const word = fc.constantFrom('free', 'money', 'Meeting', 'notes', 'now', 'x', 'ｆｆ', '𝐀𝐁', 'éé');
    const doc = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const row = fc.record({ input: doc, label: fc.constantFrom('ham', 'spam', 'news') });
    const params = fc.record({ alpha: fc.constantFrom(0, 0.5, 1), ngramRange: fc.constantFrom([1, 1], [1, 2], [2, 3]), binary: fc.boolean(), minDf: fc.constantFrom(1, 2), maxDf: fc.constantFrom(1, 0.8) });
    await fc.assert(fc.asyncProperty(fc.array(fc.array(row, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), fc.array(doc, { maxLength: 4 }), params, async (fits, test, p) => {
      const lineage = naiveBayesModel(p);
      for (const train of fits) {
        const outcome = async (m: Promise<Model>) => m.then(async (f) => probabilities(await f.predict([...test, ...train.map((e) => e.input)])), (e: Error) => e.message);
        expect(await outcome(lineage.fit!(train))).toEqual(await outcome(naiveBayesModel(p).fit!(train)));
      }
    }), { numRuns: 150 });
  });
});

describe('builtin:naive-bayes — model contract', () => {
  const train = [
    { input: 'free money now', label: 'spam' },
    { input: 'lunch meeting tomorrow', label: 'ham' },
    { input: 'free offer click now', label: 'spam' },
    { input: 'project meeting notes', label: 'ham' },
  ];

  it('rejects predict until fitted, and fit returns a new fitted model without changing the first', async () => {
    const model = naiveBayesModel();
    await expect(model.predict(['x'])).rejects.toThrow('builtin:naive-bayes is not fitted: call fit(examples) and predict with the model it returns');
    const fitted = await model.fit!(train);
    expect(fitted).not.toBe(model);
    expect(model.classes).toBeUndefined();
    await expect(model.predict(['x'])).rejects.toThrow('not fitted');
    expect(fitted.classes).toEqual(['ham', 'spam']);
    expect((await fitted.predict(['free money']))[0].label).toBe('spam');
  });

  it('has the documented identity, with a training fingerprint once fitted', async () => {
    const model = naiveBayesModel({ alpha: 0.5 });
    expect(model.identity).toEqual({
      name: 'builtin:naive-bayes',
      version: '1',
      parameters: { alpha: 0.5, lowercase: true, stripAccents: null, tokenPattern: '(?u)\\b\\w\\w+\\b', ngramRange: [1, 1], binary: false, minDf: 1, maxDf: 1 },
    });
    const a = await model.fit!(train);
    const b = await model.fit!(train.slice(1));
    expect(a.identity.parameters.fittedOn).toMatch(/^[0-9a-f]{16}$/);
    expect(a.identity.parameters.fittedOn).not.toBe(b.identity.parameters.fittedOn);
    expect((await model.fit!(train)).identity).toEqual(a.identity);
  });

  it('answers a non-string input with an error and still answers the others, in order', async () => {
    const fitted = await naiveBayesModel().fit!(train);
    const out = await fitted.predict(['free money', 42, null, 'meeting']);
    expect(out.map((p) => p.label)).toEqual(['spam', undefined, undefined, 'ham']);
    expect(out[1]).toEqual({ error: 'builtin:naive-bayes classifies text: input must be a string (got a number (42))' });
    expect(out[2].error).toContain('got null');
    expect(await fitted.predict([])).toEqual([]);
  });

  it('keeps numeric labels as numbers and keys probabilities by their string form', async () => {
    const fitted = await naiveBayesModel().fit!([{ input: 'aa bb', label: 1 }, { input: 'cc dd', label: 0 }]);
    const [p] = await fitted.predict(['aa']);
    expect(p.label).toBe(1);
    expect(Object.keys(p.probabilities!)).toEqual(['0', '1']);
  });

  it('rejects invalid training data with clear messages', async () => {
    const m = naiveBayesModel();
    await expect(m.fit!([])).rejects.toThrow('builtin:naive-bayes: cannot fit on 0 training examples');
    await expect(m.fit!([{ input: 'aa', label: ['x', 'y'] }])).rejects.toThrow('training example 0 has a list of labels; multi-label training (one-vs-rest) is not supported');
    await expect(m.fit!([{ input: { text: 'aa' }, label: 'x' }])).rejects.toThrow('builtin:naive-bayes: training example 0 input must be a string (got an object)');
    await expect(m.fit!([{ input: 'aa', label: 'x' }, { input: 'bb', label: 1 }])).rejects.toThrow('Mix of label input types (string and number)');
    await expect(m.fit!([{ input: 'a !', label: 'x' }])).rejects.toThrow('builtin:naive-bayes: empty vocabulary; perhaps the documents only contain stop words');
  });

  it('rejects unknown and invalid parameters when created', () => {
    expect(() => naiveBayesModel({ alpah: 1 })).toThrow('builtin:naive-bayes: unknown parameter "alpah" (allowed: alpha, lowercase, stripAccents, tokenPattern, ngramRange, binary, minDf, maxDf)');
    expect(() => naiveBayesModel({ alpha: -1 })).toThrow('builtin:naive-bayes: alpha must be a finite number >= 0 (got a number (-1))');
    expect(() => naiveBayesModel({ alpha: '1' })).toThrow('alpha must be a finite number >= 0 (got a string ("1"))');
    expect(() => naiveBayesModel({ ngramRange: [2, 1] })).toThrow('Invalid value for ngram_range=(2, 1) lower boundary larger than the upper boundary.');
    expect(() => naiveBayesModel({ ngramRange: 2 })).toThrow('ngramRange must be two integers >= 1, [min, max]');
    expect(() => naiveBayesModel({ stripAccents: 'yes' })).toThrow('stripAccents must be "unicode", "ascii" or null');
    expect(() => naiveBayesModel({ tokenPattern: '(a)(b)' })).toThrow('More than 1 capturing group in token pattern.');
    expect(() => naiveBayesModel({ tokenPattern: '[a' })).toThrow('unterminated character set at position 0');
    expect(() => naiveBayesModel({ minDf: 0.5, maxDf: 3.5 })).toThrow('max_df must be a proportion in [0, 1] or an integer >= 2');
    expect(() => naiveBayesModel({ lowercase: 'no' })).toThrow('lowercase must be true or false');
  });
});
