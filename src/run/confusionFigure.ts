import type { ConfusionMatrix } from '../metrics/confusionMatrix.js';
import { precisionRecallFscoreSupportFromMatrix, type Prfs, type PrfsAveraged, type PrfsMatrixOptions } from '../metrics/precisionRecallFscoreSupport.js';
import { matthewsOfDense } from '../metrics/matthewsCorrcoef.js';
import { kappaOfDense } from '../metrics/cohenKappa.js';
import { balancedAccuracyOfDense } from '../metrics/balancedAccuracy.js';
import type { Label, ZeroDivision } from '../metrics/types.js';

/** One K×K matrix (row-major, rows = labels) and the PRFS computed on it so far. */
export class MatrixView {
  private memo = new Map<string, Prfs>();
  private matrix: ConfusionMatrix | undefined;
  private cells: Float64Array = new Float64Array(0);
  constructor(readonly labels: readonly Label[]) {}

  /** Points the view at new cells (forgetting what was computed on the old ones). */
  set(cells: Float64Array): this {
    this.cells = cells;
    this.matrix = undefined;
    this.memo.clear();
    return this;
  }

  get dense(): Float64Array {
    return this.cells;
  }

  /** PRFS for one set of options, computed once per matrix. */
  prfs(opts: PrfsMatrixOptions): Prfs {
    const key = JSON.stringify(opts);
    let r = this.memo.get(key);
    if (!r) {
      const k = this.labels.length;
      this.matrix ??= { labels: [...this.labels], matrix: Array.from({ length: k }, (_, i) => Array.from(this.cells.subarray(i * k, i * k + k))) };
      r = precisionRecallFscoreSupportFromMatrix(this.matrix, opts);
      this.memo.set(key, r);
    }
    return r;
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
 * 1.9's, zero_division 'warn' read as 0 without the warning), or undefined when the figure is not
 * a function of the matrix. Cost per call: O(K²).
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
      if (average === 'micro' || average === 'macro' || average === 'weighted' || average === 'binary') {
        if (average === 'binary' && ctx.posLabel === undefined) return undefined;
        const opts: PrfsMatrixOptions = average === 'binary' ? { average, posLabel: ctx.posLabel, labels: null, zeroDivision: zd } : { average, labels: ctx.labels, zeroDivision: zd };
        return (m) => (m.prfs(opts) as PrfsAveraged)[key];
      }
      const li = ctx.labels.findIndex((l) => String(l) === average);
      if (li < 0) return undefined;
      const opts: PrfsMatrixOptions = { average: null, labels: ctx.labels, zeroDivision: zd };
      return (m) => (m.prfs(opts)[key] as number[])[li];
    }
    default:
      return undefined;
  }
}
