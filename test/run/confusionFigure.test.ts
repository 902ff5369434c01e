import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusionFigure, MatrixView } from '../../src/run/confusionFigure.js';
import { precisionRecallFscoreSupportFromMatrix, type PrfsAveraged } from '../../src/metrics/precisionRecallFscoreSupport.js';
import { matthewsCorrcoefFromMatrix } from '../../src/metrics/matthewsCorrcoef.js';
import { cohenKappaScoreFromMatrix } from '../../src/metrics/cohenKappa.js';
import { balancedAccuracyScoreFromMatrix } from '../../src/metrics/balancedAccuracy.js';

const labels = ['a', 'b', 'c'];
const matrix = fc.array(fc.nat(40), { minLength: 9, maxLength: 9 }).filter((c) => c.some((x) => x > 0));
const toCm = (c: number[]) => ({ labels, matrix: [c.slice(0, 3), c.slice(3, 6), c.slice(6, 9)] });
const same = (a: number, b: number) => (Number.isNaN(b) ? expect(a).toBeNaN() : expect(a).toBe(b));

describe('confusionFigure', () => {
  it('gives the metrics module\'s precision, recall and F (per label and averaged), bit for bit', () => {
    const ctx = { matrixLabels: labels, labels: ['a', 'c'], average: 'macro', zeroDivision: 0 as const };
    fc.assert(fc.property(matrix, (c) => {
      const view = new MatrixView(labels).set(Float64Array.from(c));
      const cm = toCm(c);
      for (const average of ['micro', 'macro', 'weighted'] as const) {
        const ref = precisionRecallFscoreSupportFromMatrix(cm, { labels: ctx.labels, average, zeroDivision: 0 }) as PrfsAveraged;
        same(confusionFigure(['f1', average], ctx)!(view), ref.fscore);
        same(confusionFigure(['precision', average], ctx)!(view), ref.precision);
        same(confusionFigure(['recall', average], ctx)!(view), ref.recall);
      }
      const per = precisionRecallFscoreSupportFromMatrix(cm, { labels: ctx.labels, average: null, zeroDivision: 0 });
      same(confusionFigure(['recall', 'c'], ctx)!(view), (per.recall as number[])[1]);
      same(confusionFigure(['f1'], ctx)!(view), (precisionRecallFscoreSupportFromMatrix(cm, { labels: ctx.labels, average: 'macro', zeroDivision: 0 }) as PrfsAveraged).fscore);
      same(confusionFigure(['mcc'], ctx)!(view), matthewsCorrcoefFromMatrix(cm));
      same(confusionFigure(['kappa', 'quadratic'], ctx)!(view), cohenKappaScoreFromMatrix(cm, { weights: 'quadratic' }));
      same(confusionFigure(['balanced_accuracy'], ctx)!(view), balancedAccuracyScoreFromMatrix(cm));
    }));
  });

  it('knows which figures are not functions of the matrix', () => {
    const ctx = { matrixLabels: labels, labels, average: 'macro', zeroDivision: 0 as const };
    expect(confusionFigure(['roc_auc'], ctx)).toBeUndefined();
    expect(confusionFigure(['f1', 'binary'], ctx)).toBeUndefined();
    expect(confusionFigure(['recall', 'z'], ctx)).toBeUndefined();
    expect(confusionFigure(['accuracy'], ctx)!(new MatrixView(labels).set(Float64Array.of(3, 1, 0, 0, 4, 0, 0, 0, 0)))).toBe(0.875);
  });
});
