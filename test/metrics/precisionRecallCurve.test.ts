import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { precisionRecallCurve } from '../../src/metrics/precisionRecallCurve.js';
import { casesFor, checkCase, expectAllClose, optionsOf, reference } from './scoreFixtures.js';

describe(`precisionRecallCurve against sklearn.metrics.precision_recall_curve ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('precision_recall_curve')) {
    it(c.name, () => {
      checkCase(
        c,
        () => precisionRecallCurve(c.kwargs.y_true, c.kwargs.y_score, optionsOf(c, ['y_true', 'y_score'])),
        (r, [precision, recall, thresholds]) => {
          expect(Array.from(r.thresholds)).toEqual(thresholds);
          expectAllClose(r.precision, precision, 0, 'precision');
          expectAllClose(r.recall, recall, 0, 'recall');
        },
      );
    });
  }
});

describe('precisionRecallCurve edge cases', () => {
  it("reproduces sklearn's documented example", () => {
    const r = precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(Array.from(r.precision)).toEqual([0.5, 2 / 3, 0.5, 1, 1]);
    expect(Array.from(r.recall)).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(Array.from(r.thresholds)).toEqual([0.1, 0.35, 0.4, 0.8]);
  });

  it('sets recall to 1 and warns when there is no positive', () => {
    const r = precisionRecallCurve([0, 0], [0.2, 0.6]);
    expect(Array.from(r.recall)).toEqual([1, 1, 0]);
    expect(Array.from(r.precision)).toEqual([0, 0, 1]);
    expect(r.warnings.map((w) => w.code)).toEqual(['undefined-metric']);
  });

  it('keeps only the ends of equal-recall runs with dropIntermediate', () => {
    const y = [1, 0, 0, 0, 1];
    const s = [0.9, 0.8, 0.7, 0.6, 0.5];
    expect(Array.from(precisionRecallCurve(y, s).thresholds)).toEqual([0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(Array.from(precisionRecallCurve(y, s, { dropIntermediate: true }).thresholds)).toEqual([0.5, 0.6, 0.9]);
  });
});

describe('precisionRecallCurve properties', () => {
  it('recall decreases to 0, precision lies in [0, 1] and ends at 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 50 }), (rows) => {
        const r = precisionRecallCurve(
          rows.map((x) => (x[0] ? 1 : 0)),
          rows.map((x) => x[1] / 10),
        );
        const m = r.recall.length;
        expect(r.recall[m - 1]).toBe(0);
        expect(r.precision[m - 1]).toBe(1);
        for (let i = 1; i < m; i++) expect(r.recall[i]).toBeLessThanOrEqual(r.recall[i - 1]);
        for (const p of r.precision) expect(p >= 0 && p <= 1).toBe(true);
      }),
    );
  });
});
