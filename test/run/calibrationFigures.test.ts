import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { calibrationFigures } from '../../src/run/calibrationFigures.js';
import { calibrationBin, calibrationEdges } from '../../src/metrics/calibrationBin.js';
import { expectedCalibrationError } from '../../src/metrics/calibration.js';

// Reference: numpy 2.4.6 linspace/searchsorted, as sklearn's calibration_curve bins (test/fixtures/issue17.json).
const fx = JSON.parse(readFileSync('test/fixtures/issue17.json', 'utf8')).cases.ece_edges;

describe('ECE: one binning for the estimate and its bootstrap (issue 17, item 4)', () => {
  it('binary scores 0.8 and 5/6 in 6 bins: the interval contains the estimate', () => {
    const n = fx.rows.length;
    const confidence = new Float64Array(n);
    const correct = new Uint8Array(n);
    fx.rows.forEach((r: { label: number; score: number }, i: number) => {
      const predPos = r.score > 0.5;
      confidence[i] = predPos ? r.score : 1 - r.score;
      correct[i] = (predPos ? 1 : 0) === r.label ? 1 : 0;
    });
    const { figures } = calibrationFigures(confidence, correct, fx.bins, { confidence: 0.95, resamples: 1000, seed: 0 });
    expect(figures.ece.value).toBeCloseTo(fx.ece, 12);
    expect(figures.mce.value).toBeCloseTo(fx.mce, 12);
    expect(figures.ece.ci_low!).toBeLessThanOrEqual(figures.ece.value);
    expect(figures.ece.ci_high!).toBeGreaterThanOrEqual(figures.ece.value);
    expect(figures.mce.ci_high!).toBeGreaterThanOrEqual(figures.mce.value);
  });

  it('bins as numpy: edges, and 0.8 / 5/6 in bins 4 / 5', () => {
    const edges = calibrationEdges(6);
    expect(Array.from(edges)).toEqual(fx.edges);
    expect(calibrationBin(0.8, edges)).toBe(fx.bin_of['0.8']);
    expect(calibrationBin(5 / 6, edges)).toBe(fx.bin_of['5/6']);
  });

  it('every interval contains its estimate, and bins match the reliability curve (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }).map((k) => k / 12), fc.boolean()), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 15 }),
      (rows, bins) => {
        const confidence = Float64Array.from(rows, (r) => r[0]);
        const correct = Uint8Array.from(rows, (r) => (r[1] ? 1 : 0));
        const { figures, bins: curve } = calibrationFigures(confidence, correct, bins, { confidence: 0.9, resamples: 50, seed: 1 });
        for (const f of [figures.ece, figures.mce]) {
          expect(f.ci_low!).toBeLessThanOrEqual(f.value);
          expect(f.ci_high!).toBeGreaterThanOrEqual(f.value);
        }
        const edges = calibrationEdges(bins);
        const counts = new Array(bins).fill(0);
        for (const c of confidence) counts[calibrationBin(c, edges)]++;
        expect(curve.map((b) => b.count)).toEqual(counts);
        expect(expectedCalibrationError(confidence, correct as unknown as ArrayLike<0 | 1>, { bins }).ece).toBe(figures.ece.value);
      },
    ), { numRuns: 100 });
  });
});
