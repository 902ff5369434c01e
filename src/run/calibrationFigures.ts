import { expectedCalibrationError, type CalibrationBin } from '../metrics/calibration.js';
import type { Figures } from '../report/results.js';
import { cellsFigure, type IntervalSettings } from './figureIntervals.js';

/**
 * ECE and MCE (equal-width right-closed bins, Guo et al. 2017) with bootstrap intervals. The
 * bootstrap resamples the (bin, correct) cells from a multinomial, each cell carrying its mean
 * confidence: exact for the counts, and it ignores the spread of confidence within a cell
 * (at most a bin's width). That keeps it O(bins) per resample on any number of rows.
 */
export function calibrationFigures(
  confidence: Float64Array,
  correct: Uint8Array,
  bins: number,
  s: IntervalSettings,
): { figures: Figures; bins: CalibrationBin[] } {
  const r = expectedCalibrationError(confidence, correct as unknown as ArrayLike<0 | 1>, { bins });
  // Cells: 2 per bin (wrong, right); the mean confidence of each cell.
  const count = new Float64Array(2 * bins);
  const confSum = new Float64Array(2 * bins);
  for (let i = 0; i < confidence.length; i++) {
    const c = confidence[i];
    const b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
    const cell = 2 * b + correct[i];
    count[cell]++;
    confSum[cell] += c;
  }
  const meanConf = confSum.map((v, i) => (count[i] > 0 ? v / count[i] : 0));
  const stat = (which: 'ece' | 'mce') => (cells: Float64Array) => {
    let total = 0;
    for (let i = 0; i < cells.length; i++) total += cells[i];
    let ece = 0;
    let mce = 0;
    for (let b = 0; b < bins; b++) {
      const w = cells[2 * b];
      const ok = cells[2 * b + 1];
      const m = w + ok;
      if (m === 0) continue;
      const gap = Math.abs(ok / m - (w * meanConf[2 * b] + ok * meanConf[2 * b + 1]) / m);
      ece += (m / total) * gap;
      if (gap > mce) mce = gap;
    }
    return which === 'ece' ? ece : mce;
  };
  return {
    figures: {
      ece: cellsFigure('ece', r.ece, count, stat('ece'), s),
      mce: cellsFigure('mce', r.mce, count, stat('mce'), s),
    },
    bins: r.bins,
  };
}
