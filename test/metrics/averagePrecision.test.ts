import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecision } from '../../src/metrics/averagePrecision.js';
import { casesFor, checkCase, expectClose, optionsOf, reference } from './scoreFixtures.js';

describe(`averagePrecision against sklearn.metrics.average_precision_score ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('average_precision_score')) {
    it(c.name, () => {
      checkCase(
        c,
        () => averagePrecision(c.kwargs.y_true, c.kwargs.y_score, optionsOf(c, ['y_true', 'y_score'])),
        (r, expected) => expectClose(r.value, expected, 1e-12, c.name),
      );
    });
  }
});

describe('averagePrecision edge cases', () => {
  it('is the step sum over distinct thresholds (a tie block is one point)', () => {
    // thresholds 0.8: P=1, R=.5 ; 0.4: P=.5, R=.5 ; 0.35: P=2/3, R=1 → .5·1 + .5·2/3
    expect(averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).value).toBeCloseTo(0.5 + 1 / 3, 15);
    // one tied block holding 1 positive of 2 samples, then a positive: .5·.5 ... R jumps .5 at P=.5
    expect(averagePrecision([1, 0, 1], [0.9, 0.9, 0.1]).value).toBeCloseTo(0.5 * 0.5 + 0.5 * (2 / 3), 15);
  });

  it('is 0 with a warning when there is no positive', () => {
    const r = averagePrecision([0, 0, 0], [0.3, 0.2, 0.9]);
    expect(r.value).toBe(0);
    expect(r.warnings.length).toBe(1);
  });

  it('validates pos_label against the labels present', () => {
    expect(() => averagePrecision(['a', 'b'], [0.1, 0.2])).toThrow("pos_label=1 is not a valid label. It should be one of ['a' 'b']");
    expect(averagePrecision(['a', 'b'], [0.1, 0.2], { posLabel: 'a' }).value).toBe(0.5);
  });
});

describe('averagePrecision properties', () => {
  const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 })), {
    minLength: 1,
    maxLength: 70,
  });

  it('lies in [0, 1] up to the rounding of its sum, as scikit-learn', () => {
    // scikit-learn 1.9.1 itself returns 1.0000000000000002 for nine positives with these scores:
    // the recall steps (1/9 each) do not add up to exactly 1 in floating point.
    const scores = [0, 0, 0, 0, 0, 1, 0, 2, 3].map((x) => x / 12);
    expect(averagePrecision(Array(9).fill(1), scores).value).toBe(1.0000000000000002);
    fc.assert(
      fc.property(rows, (r) => {
        const v = averagePrecision(r.map((x) => x[0]), r.map((x) => x[1] / 12)).value;
        expect(v >= 0 && v <= 1 + 4 * Number.EPSILON).toBe(true);
      }),
    );
  });

  it('integer weights equal repeated rows', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const rep = r.flatMap((x) => Array.from({ length: x[2] }, () => x));
        if (rep.length === 0) return;
        const a = averagePrecision(r.map((x) => x[0]), r.map((x) => x[1]), { sampleWeight: r.map((x) => x[2]) }).value;
        const b = averagePrecision(rep.map((x) => x[0]), rep.map((x) => x[1])).value;
        expect(a).toBe(b);
      }),
    );
  });

  it('is 1 when every positive outscores every negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), (p, n) => {
        const y = [...Array(p).fill(1), ...Array(n).fill(0)];
        const s = y.map((v, i) => (v ? 10 + i : -i));
        expect(averagePrecision(y, s).value).toBeCloseTo(1, 14);
      }),
    );
  });
});
