import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceFromProbabilities, expectedCalibrationError } from '../../src/metrics/calibration.js';
import { casesFor, expectAllClose, expectClose, reference } from './scoreFixtures.js';

describe(`expectedCalibrationError against a numpy ${reference.numpy} reimplementation`, () => {
  for (const c of casesFor('ece')) {
    it(c.name, () => {
      const { confidence, correct, bins, sample_weight } = c.kwargs;
      const r = expectedCalibrationError(confidence, correct, { bins, sampleWeight: sample_weight });
      const e = c.expected;
      expectClose(r.ece, e.ece, 1e-12, 'ece');
      expectClose(r.mce, e.mce, 1e-12, 'mce');
      expect(r.bins.map((b) => b.count)).toEqual(e.count);
      expect(r.bins.map((b) => b.lower)).toEqual(e.lower);
      expect(r.bins.map((b) => b.upper)).toEqual(e.upper);
      expectAllClose(r.bins.map((b) => b.accuracy), e.accuracy, 1e-12, 'accuracy');
      expectAllClose(r.bins.map((b) => b.confidence), e.confidence, 1e-12, 'confidence');
      if (c.calibration_curve) {
        // sklearn's calibration_curve(strategy='uniform') reports the non-empty bins only.
        const full = r.bins.filter((b) => b.count > 0);
        expectAllClose(full.map((b) => b.accuracy), c.calibration_curve.prob_true, 1e-12, 'prob_true');
        expectAllClose(full.map((b) => b.confidence), c.calibration_curve.prob_pred, 1e-12, 'prob_pred');
      }
    });
  }

  it('argmax helper matches numpy (first maximum on ties)', () => {
    const c = casesFor('confidence_from_probabilities')[0];
    const r = confidenceFromProbabilities(c.kwargs.y_true, c.kwargs.y_prob);
    expect(Array.from(r.confidence)).toEqual(c.expected.confidence);
    expect(Array.from(r.correct)).toEqual(c.expected.correct);
  });
});

describe('expectedCalibrationError by hand', () => {
  it('bins are right-closed, 0 goes to the first bin', () => {
    const r = expectedCalibrationError([0, 0.2, 0.2000001, 1], [1, 1, 0, 1], { bins: 5 });
    expect(r.bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 1]);
    // bin 1: acc 1, conf 0.1 → gap .9 (weight 2/4); bin 2: acc 0, conf .2000001; bin 5: gap 0
    expectClose(r.ece, 0.5 * 0.9 + 0.25 * 0.2000001, 1e-15, 'ece');
    expectClose(r.mce, 0.9, 1e-15, 'mce');
    expect(r.bins[2].accuracy).toBeNaN();
  });

  it('computes the documented example', () => {
    expectClose(expectedCalibrationError([0.9, 0.9, 0.6, 0.6], [1, 0, 1, 1], { bins: 5 }).ece, 0.4, 1e-15, 'ece');
  });

  it('uses 15 bins by default and rejects bad input', () => {
    expect(expectedCalibrationError([0.5], [true]).bins.length).toBe(15);
    expect(() => expectedCalibrationError([1.5], [1])).toThrow(/\[0, 1\]/);
    expect(() => expectedCalibrationError([0.5], [2 as 1])).toThrow(/correct/);
    expect(() => expectedCalibrationError([0.5], [1], { bins: 0 })).toThrow(/bins/);
  });
});

describe('expectedCalibrationError properties', () => {
  it('lies in [0, 1] with MCE ≥ ECE', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), { minLength: 1, maxLength: 100 }), fc.integer({ min: 1, max: 30 }), (rows, m) => {
        const r = expectedCalibrationError(rows.map((x) => x[0]), rows.map((x) => x[1]), { bins: m });
        expect(r.ece >= 0 && r.ece <= 1).toBe(true);
        expect(r.mce + 1e-15).toBeGreaterThanOrEqual(r.ece);
        expect(r.bins.reduce((s, b) => s + b.count, 0)).toBe(rows.length);
      }),
    );
  });

  it('is 0 for perfectly calibrated synthetic bins', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 10 }), (spec) => {
        // Each group: confidence j/10 on 10·r samples of which j·r are correct.
        const conf: number[] = [];
        const ok: boolean[] = [];
        for (const [j, r] of spec) {
          for (let i = 0; i < 10 * r; i++) {
            conf.push(j / 10);
            ok.push(i < j * r);
          }
        }
        const res = expectedCalibrationError(conf, ok, { bins: 10 });
        expect(res.ece).toBeCloseTo(0, 14);
        expect(res.mce).toBeCloseTo(0, 14);
      }),
    );
  });

  it('integer weights equal repeated rows', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40 }), (rows) => {
        const rep = rows.flatMap((x) => Array.from({ length: x[2] }, () => x));
        if (rep.length === 0) return;
        const a = expectedCalibrationError(rows.map((x) => x[0] / 20), rows.map((x) => x[1]), { bins: 7, sampleWeight: rows.map((x) => x[2]) });
        const b = expectedCalibrationError(rep.map((x) => x[0] / 20), rep.map((x) => x[1]), { bins: 7 });
        expect(a.ece).toBeCloseTo(b.ece, 14);
        expect(a.bins.map((x) => x.count)).toEqual(b.bins.map((x) => x.count));
      }),
    );
  });
});
