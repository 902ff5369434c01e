import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import type { Label } from '../../src/metrics/types.js';
import { decode, expectNumbers, expectSklearnError, fixture, messages, sampleWeight } from './classificationFixture.js';

describe('confusionMatrix against scikit-learn 1.9.1', () => {
  for (const c of fixture.confusionMatrix) {
    it(c.name, () => {
      const labels = c.kwargs.labels as Label[] | undefined;
      const sw = sampleWeight(c);
      const run = () => confusionMatrix(c.y_true, c.y_pred, { labels, sampleWeight: sw });
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      const r = run();
      expectNumbers(r.matrix, decode(c.result as never), true, c.name); // cells accumulate in sample order, as coo_array does
      expect(messages(r.warnings)).toEqual(c.warnings);
      if (labels) expect(r.labels).toEqual(labels);
    });
  }
});

describe('confusionMatrix', () => {
  it('orders labels as np.unique and ignores rows outside `labels`', () => {
    const r = confusionMatrix(['b', 'a', 'c', 'a'], ['a', 'a', 'c', 'b'], { labels: ['a', 'b'] });
    expect(r.labels).toEqual(['a', 'b']);
    expect(r.matrix).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('row sums are the true counts and the total is n (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -2, max: 3 }), fc.integer({ min: -2, max: 3 })), { minLength: 1, maxLength: 60 }), (pairs) => {
        const yt = pairs.map((p) => p[0]);
        const yp = pairs.map((p) => p[1]);
        const r = confusionMatrix(yt, yp);
        expect(r.labels).toEqual([...new Set([...yt, ...yp])].sort((a, b) => a - b));
        r.labels.forEach((l, i) => {
          expect(r.matrix[i].reduce((a, b) => a + b, 0)).toBe(yt.filter((v) => v === l).length);
          expect(r.matrix.reduce((a, row) => a + row[i], 0)).toBe(yp.filter((v) => v === l).length);
        });
      }),
    );
  });

  it('rejects mixed label kinds and continuous targets', () => {
    expect(() => confusionMatrix([0, 1], ['a', 'b'])).toThrow('Mix of label input types (string and number)');
    expect(() => confusionMatrix([0, 'a'], [0, 1])).toThrow('Mix of label input types (string and number)');
    expect(() => confusionMatrix([0.5, 1], [0.5, 1])).toThrow('continuous is not supported');
    expect(() => confusionMatrix([NaN, 1], [0, 1])).toThrow('Input y_true contains NaN.');
    expect(() => confusionMatrix([0, 1], [0, 1], { sampleWeight: [0, 0] })).toThrow('Sample weights must contain at least one non-zero number.');
  });
});
