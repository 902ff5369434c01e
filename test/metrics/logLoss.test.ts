import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logLoss } from '../../src/metrics/logLoss.js';
import { casesFor, checkCase, expectClose, optionsOf, reference } from './scoreFixtures.js';

describe(`logLoss against sklearn.metrics.log_loss ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('log_loss')) {
    it(c.name, () => {
      checkCase(
        c,
        () => logLoss(c.kwargs.y_true, c.kwargs.y_proba, optionsOf(c, ['y_true', 'y_proba'])),
        (r, expected) => expectClose(r.value, expected, 1e-12, c.name),
      );
    });
  }
});

describe('logLoss edge cases', () => {
  it('clips probabilities to [eps, 1 − eps]', () => {
    expect(logLoss([1, 0], [0, 0.5]).value).toBeCloseTo((-Math.log(2.220446049250313e-16) + Math.log(2)) / 2, 12);
  });

  it('reads a 1-D input as the probability of the greater label', () => {
    expect(logLoss(['a', 'b'], [0.25, 0.5]).value).toBeCloseTo((-Math.log(0.75) - Math.log(0.5)) / 2, 15);
  });

  it('warns (and does not renormalise) when rows do not sum to 1', () => {
    const r = logLoss([0, 1], [
      [0.5, 0.25],
      [0.5, 0.25],
    ]);
    expect(r.value).toBeCloseTo((-Math.log(0.5) - Math.log(0.25)) / 2, 15);
    expect(r.warnings.map((w) => w.code)).toEqual(['probabilities-not-normalized']);
  });
});

describe('logLoss properties', () => {
  it('integer weights equal repeated rows', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const prob = (r: number[]) => {
          const t = r[1] + r[2] + 1;
          return [r[1] / t, r[2] / t, 1 / t];
        };
        const rep = rows.flatMap((r) => Array.from({ length: r[3] }, () => r));
        if (rep.length === 0) return;
        const labels = [0, 1, 2];
        const a = logLoss(rows.map((r) => r[0]), rows.map(prob), { labels, sampleWeight: rows.map((r) => r[3]) }).value;
        const b = logLoss(rep.map((r) => r[0]), rep.map(prob), { labels }).value;
        expect(a).toBeCloseTo(b, 12);
      }),
    );
  });
});
