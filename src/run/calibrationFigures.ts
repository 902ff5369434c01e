import { expectedCalibrationError, type CalibrationBin } from '../metrics/calibration.js';
import { calibrationBin, calibrationEdges } from '../metrics/calibrationBin.js';
import type { Figure, Figures } from '../contract/results.js';
import { cellsFigure, type IntervalSettings } from './figureIntervals.js';

/**
 * ECE and MCE are biased upward (sampling noise in a bin only ever widens |acc − conf|), so on few
 * rows per bin their whole bootstrap distribution can lie above the estimate. The interval is then
 * extended to the estimate, so that it always contains the figure it is about.
 */
function containing(f: Figure): Figure {
  if (f.ci_low === undefined || f.ci_high === undefined) return f;
  return { ...f, ci_low: Math.min(f.ci_low, f.value), ci_high: Math.max(f.ci_high, f.value) };
}

/**
 * ECE and MCE (equal-width right-closed bins, Guo et al. 2017) with bootstrap intervals. The
 * bootstrap resamples the (bin, correct) cells from a multinomial, each cell carrying its mean
 * confidence: exact for the counts, and it ignores the spread of confidence within a cell
 * (at most a bin's width). That keeps it O(bins) per resample on any number of rows. Point estimate
 * and bootstrap bin every row with the same function (calibrationBin: numpy's edges, right-closed).
 * The interval is the percentile interval, extended to the estimate when it lies above it.
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
  const edges = calibrationEdges(bins);
  for (let i = 0; i < confidence.length; i++) {
    const c = confidence[i];
    const b = calibrationBin(c, edges);
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
      ece: containing(cellsFigure('ece', r.ece, count, stat('ece'), s)),
      mce: containing(cellsFigure('mce', r.mce, count, stat('mce'), s)),
    },
    bins: r.bins,
  };
}
