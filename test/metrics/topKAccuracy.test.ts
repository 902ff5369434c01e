import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topKAccuracy } from '../../src/metrics/topKAccuracy.js';
import { casesFor, checkCase, expectClose, optionsOf, reference } from './scoreFixtures.js';

describe(`topKAccuracy against sklearn.metrics.top_k_accuracy_score ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('top_k_accuracy_score')) {
    it(c.name, () => {
      checkCase(
        c,
        () => topKAccuracy(c.kwargs.y_true, c.kwargs.y_score, optionsOf(c, ['y_true', 'y_score'])),
        (r, expected) => expectClose(r.value, expected, c.kwargs.sample_weight ? 1e-12 : 0, c.name),
      );
    });
  }
});

describe('topKAccuracy edge cases', () => {
  it('breaks ties toward the later column, as sklearn', () => {
    const s = [[0.4, 0.4, 0.2]];
    expect(topKAccuracy([1], s, { k: 1, labels: [0, 1, 2] }).value).toBe(1);
    expect(topKAccuracy([0], s, { k: 1, labels: [0, 1, 2] }).value).toBe(0);
  });

  it('warns (does not throw) when k ≥ the number of classes', () => {
    const r = topKAccuracy([0, 1, 2], [[1, 0, 0], [1, 0, 0], [1, 0, 0]], { k: 4 });
    expect(r.value).toBe(1);
    expect(r.warnings.map((w) => w.code)).toEqual(['undefined-metric']);
  });

  it('rejects k < 1', () => {
    expect(() => topKAccuracy([0, 1, 2], [[1, 0, 0], [1, 0, 0], [1, 0, 0]], { k: 0 })).toThrow(/'k' parameter/);
  });
});

describe('topKAccuracy properties', () => {
  it('is non-decreasing in k and reaches 1 at k = n_classes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const y = rows.map((r) => r[0]);
          const s = rows.map((r) => r[1]);
          let prev = -1;
          for (let k = 1; k <= 4; k++) {
            const v = topKAccuracy(y, s, { k, labels: [0, 1, 2, 3] }).value;
            expect(v).toBeGreaterThanOrEqual(prev);
            prev = v;
          }
          expect(prev).toBe(1);
        },
      ),
    );
  });

  it('integer weights equal repeated rows', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (r, k) => {
        const rep = r.flatMap((x) => Array.from({ length: x[2] }, () => x));
        if (rep.length === 0) return;
        const opts = { k, labels: [0, 1, 2] };
        const a = topKAccuracy(r.map((x) => x[0]), r.map((x) => x[1]), { ...opts, sampleWeight: r.map((x) => x[2]) }).value;
        const b = topKAccuracy(rep.map((x) => x[0]), rep.map((x) => x[1]), opts).value;
        expect(a).toBeCloseTo(b, 14);
      }),
    );
  });
});
