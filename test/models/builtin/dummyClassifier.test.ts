import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classPriors, majorityIndex, stratifiedDraws } from '../../../src/models/builtin/dummyClassifier.js';
import { encodeTrainingLabels } from '../../../src/models/builtin/trainingLabels.js';
import type { Label } from '../../../src/metrics/types.js';

// Fixtures: scikit-learn 1.9.1 DummyClassifier (scripts/fixtures/naive_bayes.py).
interface DummyCase {
  y: Label[];
  classes: Label[];
  classPrior: number[];
  mostFrequent: { predict: Label[]; proba: number[][] };
  prior: { predict: Label[]; proba: number[][] };
  stratified: { seed: number; n: number; predict: Label[]; probaArgmax: number[]; probaRowSums: number[] }[];
}
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));
const cases: DummyCase[] = fx.dummy;

describe('DummyClassifier — scikit-learn parity', () => {
  it.each(cases.map((c) => [JSON.stringify(c.y).slice(0, 40), c]))('y = %s', (_y, c: DummyCase) => {
    const { classes, y } = encodeTrainingLabels(c.y.map((label) => ({ input: null, label })), 'test');
    expect(classes).toEqual(c.classes);
    const priors = classPriors(y, classes.length);
    expect(Array.from(priors)).toEqual(c.classPrior);
    const best = majorityIndex(priors);
    expect(c.mostFrequent.predict.every((l) => l === classes[best])).toBe(true);
    expect(c.prior.predict.every((l) => l === classes[best])).toBe(true);
    expect(c.mostFrequent.proba[0]).toEqual(classes.map((_, k) => (k === best ? 1 : 0)));
    expect(c.prior.proba[0]).toEqual(Array.from(priors));
    for (const s of c.stratified) {
      const draws = stratifiedDraws(priors, s.n, s.seed);
      expect(Array.from(draws, (k) => classes[k]), `seed ${s.seed}, n ${s.n}`).toEqual(s.predict);
      expect(Array.from(draws)).toEqual(s.probaArgmax);
      expect(s.probaRowSums).toEqual([1]);
    }
  });
});

describe('DummyClassifier — behaviour', () => {
  it('majority ties go to the first class in sorted order', () => {
    expect(majorityIndex(Float64Array.of(0.25, 0.5, 0.25, 0.5))).toBe(1);
  });
  it('the stratified draws for a seed are a prefix of the draws for a longer batch', () => {
    const priors = Float64Array.of(0.2, 0.3, 0.5);
    expect(Array.from(stratifiedDraws(priors, 10, 7))).toEqual(Array.from(stratifiedDraws(priors, 50, 7)).slice(0, 10));
  });
  it('rejects an empty label set, an out-of-range index and a bad seed', () => {
    expect(() => classPriors(new Int32Array(0), 2)).toThrow('cannot compute class priors of 0 labels');
    expect(() => classPriors(Int32Array.of(0, 3), 2)).toThrow('class index 3 at position 1 is outside 0..1');
    expect(() => stratifiedDraws(Float64Array.of(1), 1, -1)).toThrow('Seed must be an integer between 0 and 2**32 - 1 (got -1)');
  });
});
