import { sortLabels } from './sortLabels.js';
import type { Label } from './types.js';

/**
 * Multilabel targets as dense row-major codes: `yTrue[i * nLabels + j]` is 0 when sample i does
 * not carry column j, otherwise a small code (equal codes = equal indicator values).
 */
export interface MultilabelTargets {
  type: 'multilabel-indicator';
  /** Column labels: `0..nLabels-1` for indicator rows, the sorted label values for label sets. */
  labels: Label[];
  nSamples: number;
  nLabels: number;
  yTrue: Uint8Array;
  yPred: Uint8Array;
  sampleWeight: Float64Array | null;
  /** True when the input was label sets (then `labels` are label values, not column indices). */
  fromSets: boolean;
}

/**
 * Encodes two indicator matrices (rows of numbers, one column count) with codes shared by both.
 * Throws sklearn's message when the column counts differ. O(n · L).
 */
export function encodeIndicators(
  yTrue: readonly (readonly Label[])[],
  yPred: readonly (readonly Label[])[],
  sampleWeight: Float64Array | null,
): MultilabelTargets {
  const nLabels = yTrue[0].length;
  if (yPred[0].length !== nLabels) {
    throw new Error('Multi-label binary indicator input with different numbers of labels');
  }
  const n = yTrue.length;
  const codes = new Map<Label, number>([[0, 0]]);
  const encode = (rows: readonly (readonly Label[])[]): Uint8Array => {
    const out = new Uint8Array(n * nLabels);
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      for (let j = 0; j < nLabels; j++) {
        const v = row[j];
        let c = codes.get(v);
        if (c === undefined) {
          c = codes.size;
          codes.set(v, c);
        }
        out[i * nLabels + j] = c;
      }
    }
    return out;
  };
  const labels: number[] = [];
  for (let j = 0; j < nLabels; j++) labels.push(j);
  return {
    type: 'multilabel-indicator',
    labels,
    nSamples: n,
    nLabels,
    yTrue: encode(yTrue),
    yPred: encode(yPred),
    sampleWeight,
    fromSets: false,
  };
}

/**
 * Binarizes label sets as scikit-learn's MultiLabelBinarizer fitted on both inputs (plus
 * `extraLabels`, so requested labels absent from the data get an all-zero column): columns are
 * the sorted union of labels. Throws "Mix of label input types (string and number)". O(total labels).
 */
export function encodeLabelSets(
  yTrue: readonly (readonly Label[])[],
  yPred: readonly (readonly Label[])[],
  sampleWeight: Float64Array | null,
  extraLabels: readonly Label[] = [],
): MultilabelTargets {
  const all = new Set<Label>(extraLabels);
  for (const rows of [yTrue, yPred]) {
    for (const row of rows) {
      if (!Array.isArray(row)) throw new Error('Label sets must be arrays of labels, one per sample');
      for (const v of row) all.add(v);
    }
  }
  const labels = sortLabels(all);
  const col = new Map<Label, number>();
  labels.forEach((l, j) => col.set(l, j));
  const n = yTrue.length;
  const nLabels = labels.length;
  const encode = (rows: readonly (readonly Label[])[]): Uint8Array => {
    const out = new Uint8Array(n * nLabels);
    for (let i = 0; i < n; i++) for (const v of rows[i]) out[i * nLabels + (col.get(v) as number)] = 1;
    return out;
  };
  return {
    type: 'multilabel-indicator',
    labels,
    nSamples: n,
    nLabels,
    yTrue: encode(yTrue),
    yPred: encode(yPred),
    sampleWeight,
    fromSets: true,
  };
}
