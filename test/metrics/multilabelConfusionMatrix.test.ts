import { describe, expect, it } from 'vitest';
import { multilabelConfusionMatrix } from '../../src/metrics/multilabelConfusionMatrix.js';
import type { Label } from '../../src/metrics/types.js';
import { decode, expectNumbers, expectSklearnError, fixture, sampleWeight } from './classificationFixture.js';

describe('multilabelConfusionMatrix against scikit-learn 1.9.1', () => {
  for (const c of fixture.multilabelConfusionMatrix) {
    it(c.name, () => {
      const sw = sampleWeight(c);
      const run = () =>
        multilabelConfusionMatrix(c.y_true, c.y_pred, {
          labels: c.kwargs.labels as Label[] | undefined,
          samplewise: c.kwargs.samplewise as boolean | undefined,
          sampleWeight: sw,
        });
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      expectNumbers(run(), decode(c.result as never), sw === undefined, c.name);
    });
  }

  it('binarizes label sets one column per label', () => {
    expect(multilabelConfusionMatrix([['a'], ['a', 'b'], []], [['a', 'b'], ['b'], []])).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [0, 1],
      ],
    ]);
  });
});
