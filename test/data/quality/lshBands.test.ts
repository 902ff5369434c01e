import { describe, expect, it } from 'vitest';
import { lshBands, lshRecall } from '../../../src/data/quality/lshBands.js';

describe('lshBands', () => {
  it('computes the banding recall 1 − (1 − j^r)^b', () => {
    expect(lshRecall(0.8, 16, 4)).toBeCloseTo(1 - Math.pow(1 - 0.4096, 16), 15);
    expect(lshRecall(1, 3, 5)).toBe(1);
    expect(lshRecall(0, 3, 5)).toBe(0);
  });

  it('takes the most rows per band that keep the recall at the threshold ≥ 0.995', () => {
    expect(lshBands(0.8, 64)).toEqual({ bands: 16, rows: 4 }); // r=5: 1 − (1 − 0.8^5)^12 = 0.9915
    expect(lshBands(0.8, 128)).toEqual({ bands: 21, rows: 6 }); // 0.9983; r=7 (18 bands): 0.9855
    expect(lshBands(0.5, 64)).toEqual({ bands: 32, rows: 2 });
    expect(lshBands(0.9, 64)).toEqual({ bands: 9, rows: 7 });
    expect(lshBands(1, 64)).toEqual({ bands: 1, rows: 64 });
    expect(lshBands(0.01, 4)).toEqual({ bands: 4, rows: 1 });
    for (const t of [0.3, 0.6, 0.7, 0.85, 0.95]) {
      const { bands, rows } = lshBands(t, 64);
      expect(lshRecall(t, bands, rows)).toBeGreaterThanOrEqual(0.995);
      expect(lshRecall(t, Math.floor(64 / (rows + 1)), rows + 1)).toBeLessThan(0.995);
    }
  });

  it('accepts an explicit band count', () => {
    expect(lshBands(0.8, 64, 10)).toEqual({ bands: 10, rows: 6 });
    expect(() => lshBands(0.8, 64, 0)).toThrow('bands must be an integer between 1 and numHashes=64 (got 0)');
  });
});
