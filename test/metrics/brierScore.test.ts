import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brierScore } from '../../src/metrics/brierScore.js';
import { casesFor, checkCase, expectClose, optionsOf, reference } from './scoreFixtures.js';

describe(`brierScore against sklearn.metrics.brier_score_loss ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('brier_score_loss')) {
    it(c.name, () => {
      checkCase(
        c,
        () => brierScore(c.kwargs.y_true, c.kwargs.y_proba, optionsOf(c, ['y_true', 'y_proba'])),
        (r, expected) => expectClose(r.value, expected, 1e-12, c.name),
      );
    });
  }
});

describe('brierScore edge cases', () => {
  it('binary: mean squared error of P(positive), in [0, 1]', () => {
    expect(brierScore([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3]).value).toBeCloseTo(0.0375, 15);
    expect(brierScore([0, 1], [1, 0]).value).toBe(1);
    expect(brierScore([0, 1], [1, 0], { scaleByHalf: false }).value).toBe(2);
  });

  it('multiclass keeps the [0, 2] range unless asked to halve', () => {
    const y = ['a', 'b', 'c'];
    const worst = [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ];
    expect(brierScore(y, worst).value).toBe(2);
    expect(brierScore(y, worst, { scaleByHalf: true }).value).toBe(1);
  });

  it('requires posLabel for string labels with one probability per sample', () => {
    expect(() => brierScore(['x', 'y'], [0.2, 0.6])).toThrow(/pos_label is not specified/);
    expect(brierScore(['x', 'y'], [0.2, 0.6], { posLabel: 'y' }).value).toBeCloseTo((0.04 + 0.16) / 2, 15);
  });
});

describe('brierScore properties', () => {
  it('binary form equals the two-column form', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 100 })), { minLength: 2, maxLength: 40 }), (rows) => {
        const y = rows.map((r) => r[0]);
        if (new Set(y).size < 2) return;
        const p = rows.map((r) => r[1] / 100);
        const a = brierScore(y, p).value;
        const b = brierScore(y, p.map((v) => [1 - v, v])).value;
        expect(a).toBeCloseTo(b, 14);
        expect(a >= 0 && a <= 1).toBe(true);
      }),
    );
  });

  it('integer weights equal repeated rows', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (r) => {
        const rep = r.flatMap((x) => Array.from({ length: x[2] }, () => x));
        if (rep.length === 0) return;
        const a = brierScore(r.map((x) => x[0]), r.map((x) => x[1] / 100), { sampleWeight: r.map((x) => x[2]) }).value;
        const b = brierScore(rep.map((x) => x[0]), rep.map((x) => x[1] / 100)).value;
        expect(a).toBeCloseTo(b, 14);
      }),
    );
  });
});
