import type { Label, ZeroDivision } from '../metrics/types.js';

/** The figures the multi-label bootstrap reads off each resample, in `names` order. */
export interface MultilabelResampler {
  names: string[];
  /** Writes every figure of the rows weighted by `w` into `out` (same order as `names`). */
  compute(w: Float64Array, out: Float64Array): void;
}

type Prf = 'precision' | 'recall' | 'f1' | 'fbeta';

/**
 * Precomputes each row's per-label hits so that one pass over the rows (O(n·L)) gives every
 * multi-label figure of a resample: per-label precision/recall/F from weighted counts, their
 * micro, macro and weighted averages, the samples average (each row's own precision/recall/F,
 * weighted), and the hamming loss. Follows scikit-learn's zero_division ('warn' counts as 0; 'nan'
 * values are dropped from averages). Used for intervals only: the point values come from the
 * scikit-learn-parity functions.
 */
export function multilabelResampler(
  yTrue: readonly (readonly Label[])[],
  yPred: readonly (readonly Label[])[],
  labels: readonly Label[],
  allLabels: number,
  metrics: readonly Prf[],
  opts: { beta: number; zeroDivision: ZeroDivision; hamming: boolean },
): MultilabelResampler {
  const n = yTrue.length;
  const L = labels.length;
  const index = new Map(labels.map((l, j) => [l, j]));
  const t = new Uint8Array(n * L);
  const p = new Uint8Array(n * L);
  const rowDiff = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (const l of yTrue[i]) {
      const j = index.get(l);
      if (j !== undefined) t[i * L + j] = 1;
    }
    for (const l of yPred[i]) {
      const j = index.get(l);
      if (j !== undefined) p[i * L + j] = 1;
    }
    const ts = new Set(yTrue[i]);
    const ps = new Set(yPred[i]);
    let diff = 0;
    for (const l of ts) if (!ps.has(l)) diff++;
    for (const l of ps) if (!ts.has(l)) diff++;
    rowDiff[i] = diff / allLabels;
  }
  const zd = opts.zeroDivision === 'nan' ? NaN : opts.zeroDivision === 1 ? 1 : 0;
  const ratio = (a: number, b: number) => (b === 0 ? zd : a / b);
  const fscore = (tp: number, pred: number, tru: number, beta: number) => {
    const b2 = beta * beta;
    return tp + (pred - tp) + (tru - tp) === 0 ? zd : ((1 + b2) * tp) / (b2 * tru + pred);
  };
  const value = (m: Prf, tp: number, pred: number, tru: number) =>
    m === 'precision' ? ratio(tp, pred) : m === 'recall' ? ratio(tp, tru) : fscore(tp, pred, tru, m === 'fbeta' ? opts.beta : 1);
  // Each row's own figures for the samples average, over the reported labels.
  const rowFigures = metrics.map((m) =>
    Float64Array.from({ length: n }, (_, i) => {
      let tp = 0;
      let pred = 0;
      let tru = 0;
      for (let j = 0; j < L; j++) {
        tp += t[i * L + j] & p[i * L + j];
        pred += p[i * L + j];
        tru += t[i * L + j];
      }
      return value(m, tp, pred, tru);
    }),
  );
  const names: string[] = [];
  for (const m of metrics) {
    for (const l of labels) names.push(`${m}\u0000${String(l)}`);
    for (const a of ['micro', 'macro', 'weighted', 'samples']) names.push(`${m}.${a}`);
  }
  if (opts.hamming) names.push('hamming_loss');
  const tp = new Float64Array(L);
  const pred = new Float64Array(L);
  const tru = new Float64Array(L);
  const per = new Float64Array(L);
  return {
    names,
    compute(w, out) {
      tp.fill(0);
      pred.fill(0);
      tru.fill(0);
      let total = 0;
      for (let i = 0; i < n; i++) {
        const wi = w[i];
        if (wi === 0) continue;
        total += wi;
        for (let j = 0; j < L; j++) {
          const a = t[i * L + j];
          const b = p[i * L + j];
          if (a & b) tp[j] += wi;
          if (b) pred[j] += wi;
          if (a) tru[j] += wi;
        }
      }
      let k = 0;
      for (let mi = 0; mi < metrics.length; mi++) {
        const m = metrics[mi];
        let sTp = 0;
        let sPred = 0;
        let sTrue = 0;
        for (let j = 0; j < L; j++) {
          per[j] = value(m, tp[j], pred[j], tru[j]);
          out[k++] = per[j];
          sTp += tp[j];
          sPred += pred[j];
          sTrue += tru[j];
        }
        out[k++] = value(m, sTp, sPred, sTrue);
        out[k++] = nanMean(per, null);
        out[k++] = sTrue === 0 ? nanMean(per, null) : nanMean(per, tru);
        out[k++] = weightedRowMean(rowFigures[mi], w);
      }
      if (opts.hamming) out[k++] = total === 0 ? NaN : weightedRowMean(rowDiff, w);
    },
  };
}

function nanMean(values: Float64Array, weights: Float64Array | null): number {
  let s = 0;
  let t = 0;
  for (let j = 0; j < values.length; j++) {
    if (Number.isNaN(values[j])) continue;
    const wj = weights ? weights[j] : 1;
    s += values[j] * wj;
    t += wj;
  }
  return t === 0 ? NaN : s / t;
}

function weightedRowMean(values: Float64Array, w: Float64Array): number {
  let s = 0;
  let t = 0;
  for (let i = 0; i < values.length; i++) {
    if (w[i] === 0 || Number.isNaN(values[i])) continue;
    s += values[i] * w[i];
    t += w[i];
  }
  return t === 0 ? NaN : s / t;
}
