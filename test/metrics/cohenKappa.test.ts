import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappaScore, cohenKappaScoreFromMatrix } from '../../src/metrics/cohenKappa.js';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import type { Label, MetricWarning } from '../../src/metrics/types.js';
import { decode, expectNumbers, expectSklearnError, fixture, messages, sampleWeight } from './classificationFixture.js';

describe('cohenKappaScore against scikit-learn 1.9.1', () => {
  for (const c of fixture.scalars.kappa) {
    it(c.name, () => {
      const sw = sampleWeight(c);
      const labels = c.kwargs.labels as Label[] | undefined;
      const weights = c.kwargs.weights as 'linear' | 'quadratic' | null | undefined;
      const replaceUndefinedBy = c.kwargs.replace_undefined_by as number | undefined;
      const warnings: MetricWarning[] = [];
      const run = () => cohenKappaScore(c.y_true, c.y_pred, { sampleWeight: sw, labels, weights, replaceUndefinedBy, warnings });
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        expectSklearnError(() => cohenKappaScoreFromMatrix(confusionMatrix(c.y_true, c.y_pred), { labels }), c.error);
        return;
      }
      const expected = decode(c.result as never);
      expectNumbers(run(), expected, sw === undefined, c.name);
      expect(messages(warnings)).toEqual(c.warnings);
      const cm = confusionMatrix(c.y_true, c.y_pred, { sampleWeight: sw });
      const fromMatrix: MetricWarning[] = [];
      expectNumbers(cohenKappaScoreFromMatrix(cm, { labels, weights, replaceUndefinedBy, warnings: fromMatrix }), expected, sw === undefined, 'from matrix');
      expect(messages(fromMatrix)).toEqual(c.warnings.filter((m) => !m.startsWith('A single label')));
    });
  }
});

describe('cohenKappaScore', () => {
  it('is symmetric in the two raters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { minLength: 2, maxLength: 50 }),
        fc.constantFrom<'linear' | 'quadratic' | null>(null, 'linear', 'quadratic'),
        (rows, weights) => {
          const a = rows.map((r) => r[0]);
          const b = rows.map((r) => r[1]);
          const k1 = cohenKappaScore(a, b, { weights });
          const k2 = cohenKappaScore(b, a, { weights });
          if (Number.isNaN(k1)) expect(k2).toBeNaN();
          else expect(k2).toBeCloseTo(k1, 12);
        },
      ),
    );
  });

  it('validates its options', () => {
    expect(() => cohenKappaScore([0, 1], [0, 1], { weights: 'cubic' as never })).toThrow(/'weights' parameter/);
    expect(() => cohenKappaScore([0, 1], [0, 1], { replaceUndefinedBy: 2 })).toThrow(/replace_undefined_by/);
  });
});
