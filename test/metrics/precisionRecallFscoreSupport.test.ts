import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracyScore } from '../../src/metrics/accuracy.js';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import {
  precisionRecallFscoreSupport,
  precisionRecallFscoreSupportFromMatrix,
  type PrfsOptions,
} from '../../src/metrics/precisionRecallFscoreSupport.js';
import type { Label } from '../../src/metrics/types.js';
import {
  average,
  decode,
  expectNumbers,
  expectSklearnError,
  fixture,
  messages,
  sampleWeight,
  zeroDivision,
  type FixtureCase,
} from './classificationFixture.js';

function options(c: FixtureCase): PrfsOptions {
  const k = c.kwargs;
  const opts: PrfsOptions = {};
  if ('average' in k) opts.average = average(k.average);
  if ('zero_division' in k) opts.zeroDivision = zeroDivision(k.zero_division);
  if ('beta' in k) opts.beta = k.beta as number;
  if ('labels' in k) opts.labels = k.labels as Label[];
  if ('pos_label' in k) opts.posLabel = k.pos_label as Label;
  const w = sampleWeight(c);
  if (w) opts.sampleWeight = w;
  return opts;
}

function expectResult(r: { precision: unknown; recall: unknown; fscore: unknown; support: unknown }, c: FixtureCase, exact: boolean): void {
  const [p, rc, f, s] = decode<unknown[]>(c.result as never);
  expectNumbers(r.precision, p, exact, `${c.name} precision`);
  expectNumbers(r.recall, rc, exact, `${c.name} recall`);
  expectNumbers(r.fscore, f, exact, `${c.name} fscore`);
  expectNumbers(r.support, s, exact, `${c.name} support`);
}

describe('precisionRecallFscoreSupport against scikit-learn 1.9.1', () => {
  it('fixture reference is sklearn 1.9.1', () => {
    expect(fixture.reference['scikit-learn']).toBe('1.9.1');
  });

  for (const c of fixture.prfs) {
    it(c.name, () => {
      const opts = options(c);
      const run = () => precisionRecallFscoreSupport(c.y_true, c.y_pred, opts);
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      const r = run();
      // Unweighted counts are integers: every figure must match bit for bit (numpy's summation order is replicated).
      expectResult(r, c, opts.sampleWeight === undefined);
      expect(messages(r.warnings)).toEqual(c.warnings);
    });
  }

  for (const c of fixture.prfsLabelSets) {
    it(`${c.name} (label sets)`, () => {
      const r = precisionRecallFscoreSupport(c.y_true, c.y_pred, { average: average(c.average) });
      expectResult(r, c as unknown as FixtureCase, true);
      if (c.average === null) expect(r.labels).toEqual(c.classes);
      expect(messages(r.warnings)).toEqual(c.warnings);
    });
  }
});

describe('precisionRecallFscoreSupportFromMatrix equals sklearn on the confusion matrix', () => {
  const single = fixture.prfs.filter(
    (c) => c.error === undefined && !Array.isArray(c.y_true[0]) && !(c.kwargs.average === 'binary' && sampleWeight(c)?.includes(0)),
  );
  for (const c of single) {
    it(c.name, () => {
      const { sampleWeight: sw, ...opts } = options(c);
      const cm = confusionMatrix(c.y_true, c.y_pred, { sampleWeight: sw });
      const r = precisionRecallFscoreSupportFromMatrix(cm, opts);
      expectResult(r, c, sw === undefined);
      expect(messages(r.warnings)).toEqual(c.warnings);
    });
  }
});

const labelArb = fc.integer({ min: 0, max: 4 });
const pairArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.tuple(fc.array(labelArb, { minLength: n, maxLength: n }), fc.array(labelArb, { minLength: n, maxLength: n })));

describe('properties', () => {
  it('macro averages are invariant under relabelling the classes', () => {
    fc.assert(
      fc.property(pairArb, fc.constantFrom([4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 2, 3, 4, 0]), ([yt, yp], perm) => {
        const a = precisionRecallFscoreSupport(yt, yp, { average: 'macro', zeroDivision: 0 });
        const rename = (y: number[]) => y.map((v) => `c${perm[v]}`);
        const b = precisionRecallFscoreSupport(rename(yt), rename(yp), { average: 'macro', zeroDivision: 0 });
        for (const k of ['precision', 'recall', 'fscore'] as const) expect(b[k]).toBeCloseTo(a[k], 12);
      }),
    );
  });

  it('micro F1 equals accuracy for single-label targets when labels cover all classes', () => {
    fc.assert(
      fc.property(pairArb, ([yt, yp]) => {
        const r = precisionRecallFscoreSupport(yt, yp, { average: 'micro' });
        const acc = accuracyScore(yt, yp);
        expect(r.fscore).toBeCloseTo(acc, 14);
        expect(r.precision).toBeCloseTo(acc, 14);
        expect(r.recall).toBeCloseTo(acc, 14);
      }),
    );
  });

  it('F-beta lies between min(P, R) and max(P, R) per label', () => {
    fc.assert(
      fc.property(pairArb, fc.constantFrom(0.5, 1, 2), ([yt, yp], beta) => {
        const r = precisionRecallFscoreSupport(yt, yp, { beta, zeroDivision: 0 });
        r.labels.forEach((_, i) => {
          const p = r.precision[i];
          const rc = r.recall[i];
          if (p === 0 && rc === 0) return; // F is 0 (or zero_division) there
          expect(r.fscore[i]).toBeGreaterThanOrEqual(Math.min(p, rc) - 1e-15);
          expect(r.fscore[i]).toBeLessThanOrEqual(Math.max(p, rc) + 1e-15);
        });
      }),
    );
  });

  it('support equals the confusion-matrix row sums', () => {
    fc.assert(
      fc.property(pairArb, ([yt, yp]) => {
        const r = precisionRecallFscoreSupport(yt, yp);
        const cm = confusionMatrix(yt, yp);
        expect(cm.labels).toEqual(r.labels);
        expect(cm.matrix.map((row) => row.reduce((a, b) => a + b, 0))).toEqual(r.support);
        expect(r.support.reduce((a, b) => a + b, 0)).toBe(yt.length);
      }),
    );
  });

  it('the FromMatrix form equals the array form for every average and label list', () => {
    const avgArb = fc.constantFrom<PrfsOptions['average']>(null, 'micro', 'macro', 'weighted');
    const labelsArb = fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }), { nil: undefined });
    fc.assert(
      fc.property(pairArb, avgArb, labelsArb, fc.constantFrom<PrfsOptions['zeroDivision']>('warn', 0, 1, 'nan'), ([yt, yp], avg, labels, zd) => {
        const opts: PrfsOptions = { average: avg, labels, zeroDivision: zd };
        const a = precisionRecallFscoreSupport(yt, yp, opts);
        const b = precisionRecallFscoreSupportFromMatrix(confusionMatrix(yt, yp), opts);
        expect(b).toEqual(a);
      }),
    );
  });
});

describe('edge cases', () => {
  it('defaults to per-label arrays (average=None) with support', () => {
    const r = precisionRecallFscoreSupport(['cat', 'dog', 'pig', 'cat', 'dog', 'pig'], ['cat', 'pig', 'dog', 'cat', 'cat', 'dog'], {
      labels: ['pig', 'dog', 'cat'],
    });
    expect(r.precision).toEqual([0, 0, 2 / 3]);
    expect(r.recall).toEqual([0, 0, 1]);
    expect(r.fscore).toEqual([0, 0, 0.8]);
    expect(r.support).toEqual([2, 2, 2]);
  });

  it('beta = Infinity gives recall and warns only for undefined metrics', () => {
    const r = precisionRecallFscoreSupport([0, 1, 1, 0], [0, 1, 0, 0], { beta: Infinity, average: 'binary' });
    expect(r.fscore).toBe(0.5);
    expect(r.warnings).toEqual([]);
  });

  it('rejects a bad zero_division and average', () => {
    expect(() => precisionRecallFscoreSupport([0, 1], [0, 1], { zeroDivision: 2 as never })).toThrow(/zero_division/);
    expect(() => precisionRecallFscoreSupport([0, 1], [0, 1], { average: 'mean' as never })).toThrow(/'average' parameter/);
  });

  it('reads equal-length numeric rows as indicators and ragged rows as label sets', () => {
    const ind = precisionRecallFscoreSupport([[1, 0], [0, 1]], [[1, 1], [0, 1]]);
    expect(ind.labels).toEqual([0, 1]);
    expect(ind.precision).toEqual([1, 0.5]);
    const sets = precisionRecallFscoreSupport([['a'], ['a', 'b']], [['a', 'b'], []]);
    expect(sets.labels).toEqual(['a', 'b']);
    expect(sets.recall).toEqual([0.5, 0]);
    const forced = precisionRecallFscoreSupport([[1, 0], [0, 1]], [[1, 0], [0, 1]], { multilabelFormat: 'sets' });
    expect(forced.labels).toEqual([0, 1]);
  });

  it('gives requested-but-absent label-set labels a zero column', () => {
    const r = precisionRecallFscoreSupport([['a'], ['b']], [['a'], ['a']], { labels: ['z', 'a'], zeroDivision: 0 });
    expect(r.support).toEqual([0, 1]);
    expect(r.precision).toEqual([0, 0.5]);
  });
});
