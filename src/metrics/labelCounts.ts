import type { MultilabelTargets, SingleLabelTargets } from './checkTargets.js';
import { MIX_OF_LABEL_TYPES } from './sortLabels.js';
import type { Label } from './types.js';

/** Per label (or per sample, samplewise) sums: true positives, predicted (tp+fp), true (tp+fn). */
export interface LabelCounts {
  labels: Label[];
  tp: Float64Array;
  pred: Float64Array;
  true: Float64Array;
}

/** Throws sklearn's mix message when a requested label's kind differs from the data's labels. */
export function checkLabelKinds(requested: readonly Label[], present: readonly Label[]): void {
  if (present.length === 0) return;
  const kind = typeof present[0];
  for (const l of requested) if (typeof l !== kind) throw new Error(MIX_OF_LABEL_TYPES);
}

/**
 * tp / pred / true sums per label for single-label targets, in `labels` order (default: the sorted
 * present labels; requested labels absent from the data get zeros). Weighted sums accumulate in
 * sample order, as `np.bincount` does. O(n + K).
 */
export function singleLabelCounts(t: SingleLabelTargets, labels: readonly Label[] | null): LabelCounts {
  const k = t.labels.length;
  const tp = new Float64Array(k);
  const pred = new Float64Array(k);
  const tru = new Float64Array(k);
  const { yTrue, yPred, sampleWeight: w } = t;
  const n = yTrue.length;
  if (w === null) {
    for (let i = 0; i < n; i++) {
      const a = yTrue[i];
      const b = yPred[i];
      tru[a]++;
      pred[b]++;
      if (a === b) tp[a]++;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const a = yTrue[i];
      const b = yPred[i];
      tru[a] += w[i];
      pred[b] += w[i];
      if (a === b) tp[a] += w[i];
    }
  }
  if (labels === null) return { labels: t.labels.slice(), tp, pred, true: tru };
  checkLabelKinds(labels, t.labels);
  return selectCounts(t.labels, { labels: t.labels, tp, pred, true: tru }, labels);
}

/** Re-indexes counts to `labels`, zeros for labels not in `present`. O(K + L). */
export function selectCounts(present: readonly Label[], c: LabelCounts, labels: readonly Label[]): LabelCounts {
  const index = new Map<Label, number>();
  present.forEach((l, i) => index.set(l, i));
  const m = labels.length;
  const out: LabelCounts = { labels: labels.slice(), tp: new Float64Array(m), pred: new Float64Array(m), true: new Float64Array(m) };
  for (let j = 0; j < m; j++) {
    const i = index.get(labels[j]);
    if (i === undefined) continue;
    out.tp[j] = c.tp[i];
    out.pred[j] = c.pred[i];
    out.true[j] = c.true[i];
  }
  return out;
}

/**
 * Column indices for requested multilabel labels: column numbers for indicator input (checked
 * against [0, n labels) with sklearn's message), label values for label-set input. O(L).
 */
export function multilabelColumns(t: MultilabelTargets, labels: readonly Label[] | null): number[] {
  if (labels === null) return t.labels.map((_, j) => j);
  if (t.fromSets) {
    const col = new Map<Label, number>();
    t.labels.forEach((l, j) => col.set(l, j));
    return labels.map((l) => {
      const j = col.get(l);
      if (j === undefined) throw new Error(`Label ${String(l)} is not among the label-set columns`);
      return j;
    });
  }
  const cols = labels.map((l) => {
    if (typeof l !== 'number' || !Number.isInteger(l)) {
      throw new Error(`Labels of multilabel indicator targets must be integer column indices, got ${JSON.stringify(l)}`);
    }
    return l;
  });
  const max = t.nLabels - 1;
  const same = cols.length === t.nLabels && cols.every((c, j) => c === j);
  if (!same && cols.length > 0) {
    const hi = Math.max(...cols);
    const lo = Math.min(...cols);
    if (hi > max) throw new Error(`All labels must be in [0, n labels) for multilabel targets. Got ${hi} > ${max}`);
    if (lo < 0) throw new Error(`All labels must be in [0, n labels) for multilabel targets. Got ${lo} < 0`);
  }
  return cols;
}

/**
 * tp / pred / true sums over the chosen columns: per column (default) or per sample
 * (`samplewise`, weighted counts = count × weight as sklearn computes them). O(n · L).
 */
export function multilabelCounts(t: MultilabelTargets, cols: readonly number[], samplewise: boolean): LabelCounts {
  const { nSamples: n, nLabels: width, yTrue, yPred, sampleWeight: w } = t;
  const m = cols.length;
  const size = samplewise ? n : m;
  const tp = new Float64Array(size);
  const pred = new Float64Array(size);
  const tru = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const base = i * width;
    const wi = w === null ? 1 : w[i];
    let a = 0;
    let b = 0;
    let c = 0;
    for (let j = 0; j < m; j++) {
      const yt = yTrue[base + cols[j]] !== 0;
      const yp = yPred[base + cols[j]] !== 0;
      if (samplewise) {
        if (yt) a++;
        if (yp) b++;
        if (yt && yp) c++;
      } else {
        if (yt) tru[j] += wi;
        if (yp) pred[j] += wi;
        if (yt && yp) tp[j] += wi;
      }
    }
    if (samplewise) {
      tru[i] = w === null ? a : a * wi;
      pred[i] = w === null ? b : b * wi;
      tp[i] = w === null ? c : c * wi;
    }
  }
  const labels = samplewise ? [] : cols.map((j) => t.labels[j]);
  return { labels, tp, pred, true: tru };
}
