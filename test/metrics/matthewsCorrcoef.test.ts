import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import { matthewsCorrcoef, matthewsCorrcoefFromMatrix } from '../../src/metrics/matthewsCorrcoef.js';
import type { MetricWarning } from '../../src/metrics/types.js';
import { decode, expectNumbers, expectSklearnError, fixture, messages, sampleWeight } from './classificationFixture.js';

describe('matthewsCorrcoef against scikit-learn 1.9.1', () => {
  for (const c of fixture.scalars.mcc) {
    it(c.name, () => {
      const sw = sampleWeight(c);
      const warnings: MetricWarning[] = [];
      const run = () => matthewsCorrcoef(c.y_true, c.y_pred, { sampleWeight: sw, warnings });
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      expectNumbers(run(), decode(c.result as never), sw === undefined, c.name);
      expect(messages(warnings)).toEqual(c.warnings);
      const cm = confusionMatrix(c.y_true, c.y_pred, { sampleWeight: sw });
      expectNumbers(matthewsCorrcoefFromMatrix(cm), decode(c.result as never), sw === undefined, 'from matrix');
    });
  }
});

describe('matthewsCorrcoef', () => {
  it('is symmetric in y_true and y_pred and within [-1, 1] (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 50 }), (rows) => {
        const yt = rows.map((r) => r[0]);
        const yp = rows.map((r) => r[1]);
        const a = matthewsCorrcoef(yt, yp);
        expect(matthewsCorrcoef(yp, yt)).toBeCloseTo(a, 14);
        expect(Math.abs(a)).toBeLessThanOrEqual(1 + 1e-15);
      }),
    );
  });

  it('is 0 with a warning-free matrix when one side has a single class', () => {
    expect(matthewsCorrcoefFromMatrix({ labels: ['a', 'b'], matrix: [[3, 0], [2, 0]] })).toBe(0);
  });
});
