import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracyScore, accuracyScoreFromMatrix } from '../../src/metrics/accuracy.js';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import { decode, expectNumbers, expectSklearnError, fixture, sampleWeight } from './classificationFixture.js';

describe('accuracyScore against scikit-learn 1.9.1', () => {
  for (const c of fixture.scalars.accuracy) {
    it(c.name, () => {
      const sw = sampleWeight(c);
      const normalize = c.kwargs.normalize as boolean | undefined;
      const run = () => accuracyScore(c.y_true, c.y_pred, { sampleWeight: sw, normalize });
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      // Weighted counts (normalize=False) use BLAS dot in numpy: compare within 1e-12.
      expectNumbers(run(), decode(c.result as never), sw === undefined, c.name);
      if (!Array.isArray(c.y_true[0]) && sw === undefined) {
        const cm = confusionMatrix(c.y_true, c.y_pred);
        expectNumbers(accuracyScoreFromMatrix(cm, { normalize }), decode(c.result as never), true, `${c.name} from matrix`);
      }
    });
  }
});

describe('accuracyScore', () => {
  it('is subset accuracy for multilabel targets', () => {
    expect(accuracyScore([[0, 1], [1, 1]], [[1, 1], [1, 1]])).toBe(0.5);
    expect(accuracyScore([['a', 'b'], ['b']], [['b', 'a'], []])).toBe(0.5);
  });

  it('equals the mean of per-row matches (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 50 }), (rows) => {
        const yt = rows.map((r) => r[0]);
        const yp = rows.map((r) => r[1]);
        const hits = rows.filter((r) => r[0] === r[1]).length;
        expect(accuracyScore(yt, yp)).toBe(hits / rows.length);
        expect(accuracyScore(yt, yp, { normalize: false })).toBe(hits);
        expect(accuracyScoreFromMatrix(confusionMatrix(yt, yp))).toBe(hits / rows.length);
      }),
    );
  });
});
