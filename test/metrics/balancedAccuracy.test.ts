import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedAccuracyScore, balancedAccuracyScoreFromMatrix } from '../../src/metrics/balancedAccuracy.js';
import { ConfusionAccumulator } from '../../src/metrics/confusionAccumulator.js';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import { precisionRecallFscoreSupport } from '../../src/metrics/precisionRecallFscoreSupport.js';
import type { MetricWarning } from '../../src/metrics/types.js';
import { decode, expectNumbers, expectSklearnError, fixture, messages, sampleWeight } from './classificationFixture.js';

describe('balancedAccuracyScore against scikit-learn 1.9.1', () => {
  for (const c of fixture.scalars.balanced_accuracy) {
    it(c.name, () => {
      const sw = sampleWeight(c);
      const adjusted = c.kwargs.adjusted as boolean | undefined;
      const warnings: MetricWarning[] = [];
      const run = () => balancedAccuracyScore(c.y_true, c.y_pred, { sampleWeight: sw, adjusted, warnings });
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      expectNumbers(run(), decode(c.result as never), sw === undefined, c.name);
      expect(messages(warnings)).toEqual(c.warnings);
      const fromMatrix: MetricWarning[] = [];
      const cm = confusionMatrix(c.y_true, c.y_pred, { sampleWeight: sw });
      expectNumbers(balancedAccuracyScoreFromMatrix(cm, { adjusted, warnings: fromMatrix }), decode(c.result as never), sw === undefined, 'from matrix');
      expect(messages(fromMatrix)).toEqual(c.warnings.filter((m) => !m.startsWith('A single label')));
    });
  }
});

describe('balancedAccuracyScore', () => {
  it('equals macro recall over the classes of y_true (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 50 }), (rows) => {
        const yt = rows.map((r) => r[0]);
        const yp = rows.map((r) => r[1]);
        const classes = [...new Set(yt)];
        const r = precisionRecallFscoreSupport(yt, yp, { labels: classes, average: 'macro', zeroDivision: 0 });
        expect(balancedAccuracyScore(yt, yp)).toBeCloseTo(r.recall, 14);
      }),
    );
  });

  it('ignores labels a streamed matrix only requested, without a warning', () => {
    const acc = new ConfusionAccumulator();
    acc.addAll([0, 1, 1], [0, 1, 0]);
    const warnings: MetricWarning[] = [];
    expect(balancedAccuracyScoreFromMatrix(acc.result([5]), { warnings })).toBe(0.75);
    expect(warnings).toEqual([]);
  });
});
