import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import { hammingLoss, hammingLossFromMatrix } from '../../src/metrics/hammingLoss.js';
import { decode, expectNumbers, expectSklearnError, fixture, sampleWeight } from './classificationFixture.js';

describe('hammingLoss against scikit-learn 1.9.1', () => {
  for (const c of fixture.scalars.hamming) {
    it(c.name, () => {
      const sw = sampleWeight(c);
      const run = () => hammingLoss(c.y_true, c.y_pred, { sampleWeight: sw });
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      expectNumbers(run(), decode(c.result as never), sw === undefined, c.name);
      if (!Array.isArray(c.y_true[0]) && sw === undefined) {
        expectNumbers(hammingLossFromMatrix(confusionMatrix(c.y_true, c.y_pred)), decode(c.result as never), true, `${c.name} from matrix`);
      }
    });
  }
});

describe('hammingLoss', () => {
  it('counts wrong cells of label sets', () => {
    expect(hammingLoss([['a'], ['a', 'b']], [['a', 'b'], ['a', 'b']])).toBe(0.25);
  });
});
