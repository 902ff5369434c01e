import type { ConfusionMatrix } from './confusionMatrix.js';
import type { LabelCounts } from './labelCounts.js';
import type { Label } from './types.js';

/** Per-label counts of a confusion matrix plus the labels that occur (non-zero row or column). */
export interface MatrixCounts {
  counts: LabelCounts;
  present: Label[];
}

/** Throws when `cm` is not a square matrix matching its labels. O(K). */
export function checkMatrix(cm: ConfusionMatrix): number {
  const k = cm.labels.length;
  if (cm.matrix.length !== k || cm.matrix.some((row) => row.length !== k)) {
    throw new Error(`Confusion matrix must be ${k}x${k} to match its ${k} labels`);
  }
  return k;
}

/**
 * tp (diagonal), tp+fp (column sums, accumulated row by row) and tp+fn (row sums) of each label
 * in `cm.labels` order. O(K²).
 */
export function matrixCounts(cm: ConfusionMatrix): MatrixCounts {
  const k = checkMatrix(cm);
  const tp = new Float64Array(k);
  const pred = new Float64Array(k);
  const tru = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const row = cm.matrix[i];
    let r = 0;
    for (let j = 0; j < k; j++) {
      const v = row[j];
      r += v;
      pred[j] += v;
    }
    tru[i] = r;
    tp[i] = row[i];
  }
  const present: Label[] = [];
  for (let i = 0; i < k; i++) if (tru[i] !== 0 || pred[i] !== 0) present.push(cm.labels[i]);
  return { counts: { labels: cm.labels.slice(), tp, pred, true: tru }, present };
}

/**
 * The matrix as a row-major Float64Array, restricted to and ordered by `labels` when given
 * (labels absent from `cm` get zero rows and columns): the same matrix sklearn's
 * `confusion_matrix(labels=...)` builds, provided `cm` covers every label. O(K²).
 */
export function denseMatrix(cm: ConfusionMatrix, labels?: readonly Label[] | null): { k: number; c: Float64Array } {
  const n = checkMatrix(cm);
  if (labels == null) {
    const c = new Float64Array(n * n);
    for (let i = 0; i < n; i++) c.set(cm.matrix[i], i * n);
    return { k: n, c };
  }
  const index = new Map<Label, number>();
  cm.labels.forEach((l, i) => index.set(l, i));
  const from = labels.map((l) => index.get(l) ?? -1);
  const k = labels.length;
  const c = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    if (from[i] < 0) continue;
    const row = cm.matrix[from[i]];
    for (let j = 0; j < k; j++) if (from[j] >= 0) c[i * k + j] = row[from[j]];
  }
  return { k, c };
}
