import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocAucScore } from '../../src/metrics/rocAucScore.js';
import { casesFor, checkCase, expectClose, optionsOf, reference } from './scoreFixtures.js';

describe(`rocAucScore against sklearn.metrics.roc_auc_score ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('roc_auc_score')) {
    it(c.name, () => {
      checkCase(
        c,
        () => rocAucScore(c.kwargs.y_true, c.kwargs.y_score, optionsOf(c, ['y_true', 'y_score'])),
        (r, expected) => expectClose(r.value, expected, 1e-12, c.name),
      );
    });
  }
});

describe('rocAucScore edge cases', () => {
  it('gives half credit to ties (Mann-Whitney U / n+n-)', () => {
    // pairs (pos, neg): (0.5, 0.5) tie = 0.5, (0.5, 0.1) win, (0.9, 0.5) win, (0.9, 0.1) win
    expect(rocAucScore([0, 1, 0, 1], [0.5, 0.5, 0.1, 0.9]).value).toBe(3.5 / 4);
    expect(rocAucScore([0, 1, 1, 0, 1], [0.3, 0.3, 0.3, 0.3, 0.3]).value).toBe(0.5);
  });

  it('returns NaN with a warning when only one class is present', () => {
    const r = rocAucScore(['x', 'x'], [0.1, 0.2]);
    expect(r.value).toBeNaN();
    expect(r.warnings).toEqual([
      { code: 'undefined-metric', message: 'Only one class is present in y_true. ROC AUC score is not defined in that case.' },
    ]);
  });

  it('takes the greater label as positive', () => {
    expect(rocAucScore(['no', 'yes', 'no', 'yes'], [0.1, 0.8, 0.3, 0.7]).value).toBe(1);
    expect(rocAucScore([3, 7, 3, 7], [0.9, 0.1, 0.8, 0.2]).value).toBe(0);
  });

  it('standardizes the partial AUC so that a perfect ranking scores 1', () => {
    expect(rocAucScore([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9], { maxFpr: 0.3 }).value).toBe(1);
  });

  it('rejects multiclass input without multiClass and bad maxFpr', () => {
    const y = [0, 1, 2];
    const p = [
      [0.8, 0.1, 0.1],
      [0.1, 0.8, 0.1],
      [0.1, 0.1, 0.8],
    ];
    expect(() => rocAucScore(y, p)).toThrow("multi_class must be in ('ovo', 'ovr')");
    expect(rocAucScore(y, p, { multiClass: 'ovo' }).value).toBe(1);
    expect(() => rocAucScore([0, 1], [0.1, 0.2], { maxFpr: 1.5 })).toThrow(/max_fpr/);
  });
});

describe('rocAucScore properties', () => {
  const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 3 })), {
    minLength: 2,
    maxLength: 80,
  });
  const both = (r: [number, number, number][]) => r.some((x) => x[0] === 0) && r.some((x) => x[0] === 1);

  it('is invariant under strictly increasing transforms of the scores', () => {
    fc.assert(
      fc.property(rows.filter(both), (r) => {
        const y = r.map((x) => x[0]);
        const a = rocAucScore(y, r.map((x) => x[1])).value;
        const b = rocAucScore(y, r.map((x) => Math.exp(x[1] / 7) * 3 - 100)).value;
        expect(b).toBeCloseTo(a, 12);
      }),
    );
  });

  it('AUC(−s) = 1 − AUC(s), ties included; AUC(1−s) = 1 − AUC(s) for distinct scores', () => {
    fc.assert(
      fc.property(rows.filter(both), (r) => {
        const y = r.map((x) => x[0]);
        const s = r.map((x) => x[1]);
        expect(rocAucScore(y, s.map((v) => -v)).value).toBeCloseTo(1 - rocAucScore(y, s).value, 12);
        const distinct = s.map((v, i) => v * 1000 + i);
        const p = distinct.map((v) => (v + 40000) / 100000);
        expect(rocAucScore(y, p.map((v) => 1 - v)).value).toBeCloseTo(1 - rocAucScore(y, p).value, 12);
      }),
    );
  });

  it('integer weights equal repeated rows', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const rep = r.flatMap((x) => Array.from({ length: x[2] }, () => x));
        if (!both(rep)) return;
        const a = rocAucScore(r.map((x) => x[0]), r.map((x) => x[1]), { sampleWeight: r.map((x) => x[2]) }).value;
        const b = rocAucScore(rep.map((x) => x[0]), rep.map((x) => x[1])).value;
        expect(a).toBe(b);
      }),
    );
  });

  it('multiclass ovr: integer weights equal repeated rows', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 3, maxLength: 40 }), fc.constantFrom('macro', 'weighted', 'micro') as fc.Arbitrary<'macro' | 'weighted' | 'micro'>, (r, average) => {
        const prob = (x: number[]) => [x[1] / 20, x[2] / 20, 1 - (x[1] + x[2]) / 20];
        const rep = r.flatMap((x) => Array.from({ length: x[3] }, () => x));
        if (new Set(rep.map((x) => x[0])).size < 3 || new Set(r.map((x) => x[0])).size < 3) return;
        const opts = { multiClass: 'ovr' as const, average };
        const a = rocAucScore(r.map((x) => x[0]), r.map(prob), { ...opts, sampleWeight: r.map((x) => x[3]) }).value;
        const b = rocAucScore(rep.map((x) => x[0]), rep.map(prob), opts).value;
        expect(a).toBeCloseTo(b, 13);
      }),
    );
  });
});
