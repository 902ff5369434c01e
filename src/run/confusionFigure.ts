import { averagePrf, prfFromCounts, type PrfSettings } from '../metrics/prfFromCounts.js';
import { matthewsOfDense } from '../metrics/matthewsCorrcoef.js';
import { kappaOfDense } from '../metrics/cohenKappa.js';
import { balancedAccuracyOfDense } from '../metrics/balancedAccuracy.js';
import type { Label, ZeroDivision } from '../metrics/types.js';

/** One K×K matrix (row-major, rows = labels), re-pointed at each resample's cells. */
export class MatrixView {
  private cells: Float64Array = new Float64Array(0);
  constructor(readonly labels: readonly Label[]) {}

  /** Points the view at new cells. */
  set(cells: Float64Array): this {
    this.cells = cells;
    return this;
  }

  get dense(): Float64Array {
    return this.cells;
  }
}

/** What a figure name means on a confusion matrix: the metrics check's labels, positive label, average. */
export interface ConfusionFigureContext {
  /** The matrix's labels (sorted, as results.checks.metrics.confusion_matrix.labels). */
  matrixLabels: readonly Label[];
  /** The labels reported and averaged over (results.checks.metrics.labels). */
  labels: readonly Label[];
  posLabel?: Label;
  /** What a bare `f1` stands for. */
  average: string;
  zeroDivision: ZeroDivision;
}

const KEYS = { precision: 'precision', recall: 'recall', f1: 'fscore' } as const;

/**
 * The function computing figure `path` (`f1.macro`, `recall.spam`, `accuracy`, `mcc`,
 * `kappa.linear`, ...) from a confusion matrix with the metrics check's semantics (scikit-learn
 * 1.9's, zero_division 'warn' read as 0 without the warning; precision, recall and F from per-label
 * counts as precision_recall_fscore_support divides and averages them), or undefined when the
 * figure is not a function of the matrix. Cost per call: O(K²).
 * @example confusionFigure(['accuracy'], ctx)!(view.set(Float64Array.of(3, 1, 0, 4))) // 0.875
 */
export function confusionFigure(path: readonly string[], ctx: ConfusionFigureContext): ((m: MatrixView) => number) | undefined {
  const k = ctx.matrixLabels.length;
  const [root, sub, more] = path;
  if (more !== undefined) return undefined;
  const zd = ctx.zeroDivision === 'warn' ? 0 : ctx.zeroDivision;
  const trace = (c: Float64Array) => {
    let t = 0;
    let n = 0;
    for (let i = 0; i < k; i++) t += c[i * k + i];
    for (let i = 0; i < k * k; i++) n += c[i];
    return { t, n };
  };
  switch (root) {
    case 'accuracy':
      return sub === undefined ? (m) => { const { t, n } = trace(m.dense); return t / n; } : undefined;
    case 'hamming_loss':
      return sub === undefined ? (m) => { const { t, n } = trace(m.dense); return (n - t) / n; } : undefined;
    case 'mcc':
      return sub === undefined ? (m) => matthewsOfDense(k, m.dense) : undefined;
    case 'balanced_accuracy':
      if (sub !== undefined && sub !== 'adjusted') return undefined;
      return (m) => balancedAccuracyOfDense(k, m.dense, { adjusted: sub === 'adjusted' });
    case 'kappa':
      if (sub !== undefined && sub !== 'linear' && sub !== 'quadratic') return undefined;
      return (m) => kappaOfDense(k, m.dense, { weights: (sub ?? null) as 'linear' | 'quadratic' | null });
    case 'precision':
    case 'recall':
    case 'f1': {
      const key = KEYS[root];
      const average = sub ?? ctx.average;
      const at = (l: Label) => ctx.matrixLabels.findIndex((m) => JSON.stringify(m) === JSON.stringify(l));
      if (average === 'micro' || average === 'macro' || average === 'weighted' || average === 'binary') {
        if (average === 'binary' && ctx.posLabel === undefined) return undefined;
        const idx = Int32Array.from(average === 'binary' ? [ctx.posLabel as Label] : ctx.labels, at);
        const settings: PrfSettings = { beta: 1, average, zeroDivision: zd, warnFor: [], sampleWeight: null };
        return (m) => averagePrf(prfFromCounts(countsOf(m.dense, k, idx), settings, []), settings)[key];
      }
      const li = ctx.labels.findIndex((l) => String(l) === average);
      if (li < 0) return undefined;
      const idx = Int32Array.of(at(ctx.labels[li]));
      const settings: PrfSettings = { beta: 1, average: null, zeroDivision: zd, warnFor: [], sampleWeight: null };
      return (m) => prfFromCounts(countsOf(m.dense, k, idx), settings, [])[key][0];
    }
    default:
      return undefined;
  }
}

/** tp, predicted and true sums of the labels at `idx` in a dense K×K matrix (−1: a label with no cells). O(K·|idx|). */
function countsOf(c: Float64Array, k: number, idx: Int32Array): { labels: Label[]; tp: Float64Array; pred: Float64Array; true: Float64Array } {
  const n = idx.length;
  const tp = new Float64Array(n);
  const pred = new Float64Array(n);
  const tru = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const i = idx[j];
    if (i < 0) continue;
    tp[j] = c[i * k + i];
    let row = 0;
    let col = 0;
    for (let x = 0; x < k; x++) {
      row += c[i * k + x];
      col += c[x * k + i];
    }
    tru[j] = row;
    pred[j] = col;
  }
  return { labels: [], tp, pred, true: tru };
}
