import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { RocAucOptions } from './rocAucOptions.js';
import { binaryRocAuc } from './scoreBinaryAuc.js';
import { averageBinaryScore } from './scoreAverage.js';
import { checkConsistentLength, indexOfLabel, toWeights, type EncodedTarget } from './scoreLabels.js';
import { rowSums, type ScoreMatrix } from './scoreMatrix.js';
import type { ScoreResult } from './scoreResult.js';
import { compareLabels } from './sortLabels.js';
import type { Label, MetricWarning } from './types.js';

/**
 * Columns of `yScore` for the classes (from `labels`, or the sorted labels of yTrue), with
 * sklearn's `_multiclass_roc_auc_score` checks. Returns codes indexing the columns.
 */
function columnCodes(yTrue: ArrayLike<Label>, target: EncodedTarget, k: number, labels?: readonly Label[]): Int32Array {
  if (!labels) {
    if (target.classes.length !== k) {
      throw new Error("Number of classes in y_true not equal to the number of columns in 'y_score'");
    }
    return target.codes;
  }
  const uniq = new Set(labels);
  if (uniq.size !== labels.length) throw new Error("Parameter 'labels' must be unique");
  for (let j = 1; j < labels.length; j++) {
    if (compareLabels(labels[j - 1], labels[j]) > 0) throw new Error("Parameter 'labels' must be ordered");
  }
  if (labels.length !== k) {
    throw new Error(`Number of given labels, ${labels.length}, not equal to the number of columns in 'y_score', ${k}`);
  }
  const map = target.classes.map((c) => indexOfLabel(labels, c));
  if (map.some((j) => j < 0)) throw new Error("'y_true' contains labels not in parameter 'labels'");
  const codes = new Int32Array(yTrue.length);
  for (let i = 0; i < codes.length; i++) codes[i] = map[target.codes[i]];
  return codes;
}

/**
 * Multiclass ROC AUC as sklearn's `_multiclass_roc_auc_score` (1.9.1): rows must sum to 1
 * (`np.allclose`); 'ovr' averages the one-vs-rest AUCs of the columns (macro, weighted by
 * support, or micro on the raveled indicator matrix); 'ovo' is Hand & Till (2001): for each pair
 * of classes present in yTrue, the mean of AUC(a vs b on column a) and AUC(b vs a on column b),
 * restricted to rows of those classes, averaged unweighted or by pair prevalence.
 * Cost: k (ovr) or k(k−1) (ovo) binary AUCs.
 */
export function multiclassRocAuc(
  yTrue: ArrayLike<Label>,
  target: EncodedTarget,
  m: ScoreMatrix,
  opts: RocAucOptions,
): ScoreResult {
  const sums = rowSums(m);
  for (let i = 0; i < m.n; i++) {
    if (!(Math.abs(1 - sums[i]) <= 1e-8 + 1e-5 * Math.abs(sums[i]))) {
      throw new Error(
        'Target scores need to be probabilities for multiclass roc_auc, i.e. they should sum up to 1.0 over classes',
      );
    }
  }
  const multiClass = opts.multiClass as 'ovr' | 'ovo';
  const average = opts.average ?? 'macro';
  const allowed = multiClass === 'ovr' ? ['micro', 'macro', 'weighted'] : ['macro', 'weighted'];
  if (!allowed.includes(average)) {
    const opt = multiClass === 'ovr' ? "('micro', 'macro', 'weighted', None)" : "('macro', 'weighted', None)";
    throw new Error(`average must be one of ${opt} for multiclass problems`);
  }
  if (multiClass !== 'ovr' && multiClass !== 'ovo') {
    throw new Error(
      `multi_class='${String(multiClass)}' is not supported for multiclass ROC AUC, multi_class must be in ('ovo', 'ovr')`,
    );
  }
  const codes = columnCodes(yTrue, target, m.k, opts.labels);
  checkConsistentLength(yTrue.length, m.n, opts.sampleWeight?.length);
  if (multiClass === 'ovr') {
    const weights = toWeights(opts.sampleWeight, m.n);
    return averageBinaryScore((p, s, w) => binaryRocAuc(p, s, w), codes, m, average, weights);
  }
  if (opts.sampleWeight !== undefined) {
    throw new Error(
      "sample_weight is not supported for multiclass one-vs-one ROC AUC, 'sample_weight' must be None in this case.",
    );
  }
  return ovoRocAuc(codes, m, average === 'weighted');
}

function ovoRocAuc(codes: Int32Array, m: ScoreMatrix, weighted: boolean): ScoreResult {
  const present = [...new Set(codes)].sort((a, b) => a - b);
  const pairScores: number[] = [];
  const prevalence: number[] = [];
  const warnings: MetricWarning[] = [];
  for (let x = 0; x < present.length; x++) {
    for (let y = x + 1; y < present.length; y++) {
      const a = present[x];
      const b = present[y];
      let count = 0;
      for (let i = 0; i < m.n; i++) if (codes[i] === a || codes[i] === b) count++;
      const isA = new Uint8Array(count);
      const isB = new Uint8Array(count);
      const sa = new Float64Array(count);
      const sb = new Float64Array(count);
      for (let i = 0, j = 0; i < m.n; i++) {
        if (codes[i] !== a && codes[i] !== b) continue;
        isA[j] = codes[i] === a ? 1 : 0;
        isB[j] = 1 - isA[j];
        sa[j] = m.data[i * m.k + a];
        sb[j] = m.data[i * m.k + b];
        j++;
      }
      const ra = binaryRocAuc(isA, sa, null);
      const rb = binaryRocAuc(isB, sb, null);
      for (const w of [...ra.warnings, ...rb.warnings]) {
        if (!warnings.some((x) => x.message === w.message)) warnings.push(w);
      }
      pairScores.push((ra.value + rb.value) / 2);
      prevalence.push(count / m.n);
    }
  }
  if (!weighted) return { value: pairwiseSum(pairScores) / pairScores.length, warnings };
  const prod = pairScores.map((s, i) => s * prevalence[i]);
  return { value: pairwiseSum(prod) / pairwiseSum(prevalence), warnings };
}
