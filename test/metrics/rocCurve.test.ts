import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocCurve } from '../../src/metrics/rocCurve.js';
import { casesFor, checkCase, expectAllClose, optionsOf, reference } from './scoreFixtures.js';

describe(`rocCurve against sklearn.metrics.roc_curve ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('roc_curve')) {
    it(c.name, () => {
      checkCase(
        c,
        () => rocCurve(c.kwargs.y_true, c.kwargs.y_score, optionsOf(c, ['y_true', 'y_score'])),
        (r, [fpr, tpr, thresholds]) => {
          // Same sort order and sequential cumulative sums as sklearn: bit-exact, weighted or not.
          expect(Array.from(r.thresholds)).toEqual(thresholds);
          expectAllClose(r.fpr, fpr, 0, 'fpr');
          expectAllClose(r.tpr, tpr, 0, 'tpr');
        },
      );
    });
  }
});

describe('rocCurve edge cases', () => {
  it('starts at (0, 0) with an infinite threshold and ends at (1, 1)', () => {
    const r = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(Array.from(r.thresholds)).toEqual([Infinity, 0.8, 0.4, 0.35, 0.1]);
    expect(Array.from(r.fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(r.tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(r.warnings).toEqual([]);
  });

  it('drops collinear points only when asked', () => {
    const y = [0, 0, 0, 1, 1, 1];
    const s = [0.1, 0.2, 0.3, 0.7, 0.8, 0.9];
    expect(Array.from(rocCurve(y, s).thresholds)).toEqual([Infinity, 0.9, 0.7, 0.1]);
    expect(rocCurve(y, s, { dropIntermediate: false }).thresholds.length).toBe(7);
  });

  it('treats a block of tied scores as one point', () => {
    const r = rocCurve([0, 1, 0, 1, 1], [0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(r.fpr)).toEqual([0, 1]);
    expect(Array.from(r.tpr)).toEqual([0, 1]);
  });

  it('asks for posLabel with string labels and accepts it', () => {
    expect(() => rocCurve(['a', 'b'], [0.1, 0.9])).toThrow(/pos_label is not specified/);
    expect(Array.from(rocCurve(['a', 'b'], [0.1, 0.9], { posLabel: 'a' }).tpr)).toEqual([0, 0, 1]);
  });

  it('rejects an empty input', () => {
    expect(() => rocCurve([], [])).toThrow(/0 sample/);
  });
});

describe('rocCurve properties', () => {
  const data = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 60,
    })
    .filter((rows) => rows.some((r) => r[2] > 0));

  it('integer weights give the curve of the repeated rows', () => {
    fc.assert(
      fc.property(data, (rows) => {
        const y = rows.map((r) => r[0]);
        const s = rows.map((r) => r[1] / 4);
        const w = rows.map((r) => r[2]);
        const rep = rows.flatMap((r) => Array.from({ length: r[2] }, () => r));
        const a = rocCurve(y, s, { sampleWeight: w });
        const b = rocCurve(
          rep.map((r) => r[0]),
          rep.map((r) => r[1] / 4),
        );
        expect(Array.from(a.thresholds)).toEqual(Array.from(b.thresholds));
        expect(Array.from(a.fpr)).toEqual(Array.from(b.fpr));
        expect(Array.from(a.tpr)).toEqual(Array.from(b.tpr));
      }),
    );
  });

  it('fpr and tpr are non-decreasing and end at 1 when both classes occur', () => {
    fc.assert(
      fc.property(data, (rows) => {
        const y = rows.map((r) => r[0]);
        if (new Set(y).size < 2) return;
        const r = rocCurve(y, rows.map((x) => x[1]));
        for (let i = 1; i < r.fpr.length; i++) {
          expect(r.fpr[i]).toBeGreaterThanOrEqual(r.fpr[i - 1]);
          expect(r.tpr[i]).toBeGreaterThanOrEqual(r.tpr[i - 1]);
        }
        expect(r.fpr[r.fpr.length - 1]).toBe(1);
        expect(r.tpr[r.tpr.length - 1]).toBe(1);
      }),
    );
  });
});
