import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountVectorizer } from '../../../src/models/builtin/countVectorizer.js';
import type { VectorizerOptions } from '../../../src/models/builtin/vectorizerOptions.js';
import { argmaxRows, fitMultinomialNB, jointLogLikelihood, probabilitiesFromJoint } from '../../../src/models/builtin/multinomialNB.js';
import { encodeTrainingLabels } from '../../../src/models/builtin/trainingLabels.js';
import type { Label } from '../../../src/metrics/types.js';

// Fixtures: scikit-learn 1.9.1 MultinomialNB on CountVectorizer output (scripts/fixtures/naive_bayes.py).
interface NbCase {
  name: string;
  alpha: number;
  options: Partial<VectorizerOptions>;
  trainDocs: string[];
  trainLabels: Label[];
  testDocs: string[];
  classes: Label[];
  classCount: number[];
  classLogPrior: number[];
  featureCountSum: number[];
  jointLogLikelihood: number[][];
  predictProba: number[][];
  predict: Label[];
}
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));
const cases: NbCase[] = fx.nb;

function fit(docs: string[], labels: Label[], alpha: number, options: Partial<VectorizerOptions> = {}) {
  const { classes, y } = encodeTrainingLabels(docs.map((input, i) => ({ input, label: labels[i] })), 'test');
  const { vectorizer, rows } = CountVectorizer.fitTransform(docs, options);
  const state = fitMultinomialNB(rows, y, classes.length, vectorizer.terms.length, alpha);
  const predict = (test: string[]) => {
    const jll = jointLogLikelihood(state, vectorizer.transform(test));
    const best = argmaxRows(jll, classes.length);
    return { jll: Array.from(jll), best, proba: probabilitiesFromJoint(jll.slice(), classes.length) };
  };
  return { classes, state, vectorizer, rows, predict };
}

function expectClose(actual: ArrayLike<number>, expected: number[], rtol: number) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    expect(Math.abs(actual[i] - e), `index ${i}: ${actual[i]} vs ${e}`).toBeLessThanOrEqual(rtol * Math.abs(e) + 1e-300);
  }
}

describe('MultinomialNB — scikit-learn parity', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c: NbCase) => {
    const m = fit(c.trainDocs, c.trainLabels, c.alpha, c.options);
    expect(m.classes).toEqual(c.classes);
    expect(Array.from(m.state.classCount)).toEqual(c.classCount);
    expectClose(m.state.classLogPrior, c.classLogPrior, 1e-14); // numpy's SIMD log vs Math.log: an ulp or two
    const K = c.classes.length;
    const fcSum = Array.from({ length: K }, (_, k) => sumClass(m, c, k));
    expect(fcSum).toEqual(c.featureCountSum);
    const out = m.predict(c.testDocs);
    expectClose(out.jll, c.jointLogLikelihood.flat(), 1e-12);
    expectClose(out.proba, c.predictProba.flat(), 1e-12);
    expect(Array.from(out.best, (k) => m.classes[k])).toEqual(c.predict);
  });

  it('breaks ties towards the first class in sorted order (np.argmax over classes_)', () => {
    const tie = cases.filter((c) => c.name.startsWith('tie-'));
    expect(tie.map((c) => c.predict[0])).toEqual(['a', 1]);
  });
});

function sumClass(m: ReturnType<typeof fit>, c: NbCase, k: number): number {
  let s = 0;
  for (let r = 0; r < c.trainDocs.length; r++) {
    if (m.classes[k] !== c.trainLabels[r]) continue;
    for (let p = m.rows.indptr[r]; p < m.rows.indptr[r + 1]; p++) s += m.rows.data[p];
  }
  return s;
}

// Small random corpora: documents of 0-8 words from a 6-word vocabulary, 2-3 classes.
const word = fc.constantFrom('spam', 'ham', 'eggs', 'free', 'meeting', 'offer', 'zz');
const doc = fc.array(word, { maxLength: 8 }).map((w) => `aa ${w.join(' ')}`);
const corpus = fc.array(fc.tuple(doc, fc.constantFrom('x', 'y', 'z')), { minLength: 2, maxLength: 30 });
const alpha = fc.constantFrom(0.1, 0.5, 1, 2.5);

describe('MultinomialNB — properties', () => {
  it('probabilities are in [0, 1] and sum to 1 for every row', () => {
    fc.assert(fc.property(corpus, alpha, fc.array(doc, { maxLength: 5 }), (rows, a, test) => {
      const m = fit(rows.map((r) => r[0]), rows.map((r) => r[1]), a);
      const { proba } = m.predict(test);
      const K = m.classes.length;
      for (let r = 0; r < test.length; r++) {
        let s = 0;
        for (let k = 0; k < K; k++) {
          expect(proba[r * K + k]).toBeGreaterThanOrEqual(0);
          s += proba[r * K + k];
        }
        expect(Math.abs(s - 1)).toBeLessThan(1e-12);
      }
    }));
  });

  it('permuting the training rows changes nothing (bit for bit)', () => {
    fc.assert(fc.property(corpus, alpha, fc.array(doc, { maxLength: 5 }), fc.integer(), (rows, a, test, seed) => {
      const perm = rows.map((r, i) => ({ r, key: Math.sin(seed + i * 7.1) })).sort((p, q) => p.key - q.key).map((p) => p.r);
      const m1 = fit(rows.map((r) => r[0]), rows.map((r) => r[1]), a);
      const m2 = fit(perm.map((r) => r[0]), perm.map((r) => r[1]), a);
      expect(m2.vectorizer.terms).toEqual(m1.vectorizer.terms);
      const p1 = m1.predict(test);
      const p2 = m2.predict(test);
      expect(Array.from(p2.proba)).toEqual(Array.from(p1.proba));
      expect(Array.from(p2.best)).toEqual(Array.from(p1.best));
    }));
  });

  // Doubling every count and alpha leaves (count + α) / Σ(count + α) and class_count / n unchanged
  // mathematically; in floating point log(2x) − log(2S) differs from log(x) − log(S) by a few ulps,
  // so the comparison is relative. (With min_df as a count the vocabulary could change; defaults only.)
  it('duplicating the training set with alpha doubled gives the same model', () => {
    fc.assert(fc.property(corpus, alpha, fc.array(doc, { maxLength: 5 }), (rows, a, test) => {
      const m1 = fit(rows.map((r) => r[0]), rows.map((r) => r[1]), a);
      const twice = [...rows, ...rows];
      const m2 = fit(twice.map((r) => r[0]), twice.map((r) => r[1]), 2 * a);
      expect(m2.vectorizer.terms).toEqual(m1.vectorizer.terms);
      expectClose(m2.state.featureLogProb, Array.from(m1.state.featureLogProb), 1e-13);
      expectClose(m2.predict(test).proba, Array.from(m1.predict(test).proba), 1e-12);
    }));
  });

  it('a document with no known term gets the class priors', () => {
    const m = fit(['aa bb', 'aa cc', 'bb cc', 'cc dd'], ['p', 'q', 'q', 'q'], 1);
    expect(Array.from(m.predict(['zzz unknown', '']).proba)).toEqual([0.25, 0.75, 0.25, 0.75]);
  });

  it('one training class always wins with probability 1', () => {
    const m = fit(['aa bb', 'cc dd'], ['only', 'only'], 1);
    const out = m.predict(['aa', 'nothing']);
    expect(Array.from(out.proba)).toEqual([1, 1]);
    expect(Array.from(out.best)).toEqual([0, 0]);
  });
});

describe('MultinomialNB — edge cases', () => {
  const rows = { indptr: Int32Array.of(0, 1, 2), indices: Int32Array.of(0, 1), data: Float64Array.of(1, 1) };
  it('rejects a negative or non-finite alpha with scikit-learn\'s message', () => {
    expect(() => fitMultinomialNB(rows, Int32Array.of(0, 1), 2, 2, -1)).toThrow("The 'alpha' parameter of MultinomialNB must be a float in the range [0.0, inf). Got -1 instead.");
    expect(() => fitMultinomialNB(rows, Int32Array.of(0, 1), 2, 2, NaN)).toThrow('Got NaN instead.');
  });
  it('rejects labels that do not match the rows', () => {
    expect(() => fitMultinomialNB(rows, Int32Array.of(0), 2, 2, 1)).toThrow('X has 2 rows but y has 1 labels');
    expect(() => fitMultinomialNB(rows, Int32Array.of(0, 2), 2, 2, 1)).toThrow('class index 2 at row 1 is outside 0..1');
  });
  it('alpha = 0 (force_alpha) gives probability 0 to a class that never saw a term', () => {
    const state = fitMultinomialNB(rows, Int32Array.of(0, 1), 2, 2, 0);
    const jll = jointLogLikelihood(state, { indptr: Int32Array.of(0, 1), indices: Int32Array.of(0), data: Float64Array.of(3) });
    expect(Array.from(probabilitiesFromJoint(jll, 2))).toEqual([1, 0]);
  });
  type LseCase = { jll: (number | string)[]; proba: (number | string)[] };
  it.each((fx.logsumexp as LseCase[]).map((c) => [JSON.stringify(c.jll), c] as [string, LseCase]))('predict_proba normalisation of %s as scikit-learn (_logsumexp)', (_j, c) => {
    const dec = (v: number | string) => (typeof v === 'number' ? v : v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : -Infinity);
    const got = probabilitiesFromJoint(Float64Array.from(c.jll, dec), c.jll.length);
    const want = c.proba.map(dec);
    if (want.every(Number.isNaN)) expect(Array.from(got).every(Number.isNaN)).toBe(true);
    else expectClose(got, want, 1e-12);
  });
  it('argmax takes the first maximum, and a NaN as the maximum (np.argmax)', () => {
    expect(Array.from(argmaxRows(Float64Array.of(1, 3, 3, 0, -Infinity, -Infinity, 2, NaN), 2))).toEqual([1, 0, 0, 1]);
  });
});
