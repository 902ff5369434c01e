// What each metrics figure means and how its interval is computed, for docs/reference/figures.md.
// The figure names come from the catalog (catalogFigures.ts); a root or second segment missing here
// makes the generator throw, so a new metric cannot reach the reference without a meaning.
import { figureRange } from '../../src/metrics/figureRange.js';

const AVERAGED = 'the average `metrics.average` names (default binary for binary data, samples for multi-label, macro otherwise)';

/** The meaning of each metrics figure root, and what its bare name adds when that differs. */
export const METRIC_ROOT_MEANINGS: Record<string, [string, string?]> = {
  n: ['examples scored'],
  support: ['true examples of a label'],
  accuracy: ['fraction right (multi-label: subset accuracy)'],
  balanced_accuracy: ['balanced accuracy', 'mean recall over the classes present in the labels'],
  precision: ['precision', AVERAGED],
  recall: ['recall', AVERAGED],
  f1: ['F1 score', AVERAGED],
  fbeta: ['F-beta score with `metrics.beta` (default 1)', AVERAGED],
  mcc: ['Matthews correlation coefficient'],
  kappa: ["Cohen's kappa", 'unweighted'],
  hamming_loss: ['fraction of wrong labels'],
  top_k_accuracy: ['the true label among the `top_k` most probable (default 2)'],
  roc_auc: ['ROC AUC', 'binary: of `pos_label`; multiclass (from probabilities): one-vs-rest macro'],
  average_precision: ['average precision', 'binary: of `pos_label`; multiclass: macro'],
  log_loss: ["scikit-learn's log loss (probabilities clipped at 2.2e-16)"],
  brier: ['Brier score (multiclass: summed over classes)'],
  ece: ['expected calibration error (Guo et al. 2017), `metrics.bins` equal-width bins (default 15)'],
  mce: ['maximum calibration error over the same bins as `ece`'],
};

/** The meaning of a second segment after a metric root. */
export const METRIC_SUB_MEANINGS: Record<string, string> = {
  binary: 'of `pos_label` (binary data)',
  micro: 'micro average (from the counts summed over labels)',
  macro: 'macro average (unweighted mean over labels)',
  weighted: 'weighted average (mean over labels weighted by support)',
  samples: 'samples average (mean over examples; multi-label data)',
  LABEL: 'of one label, one-vs-rest (a label of the data)',
  adjusted: 'adjusted for chance (0 = chance, 1 = perfect)',
  linear: 'weighted with linear weights',
  quadratic: 'weighted with quadratic weights',
  ovo: 'one-vs-one macro average (Hand & Till 2001)',
};

/** How the interval of a metrics figure is computed (`none` for counts). */
export function metricInterval(figure: string): string {
  const [root, sub] = figure.split('.');
  if (root === 'n' || root === 'support') return 'none';
  if (root === 'accuracy' || root === 'hamming_loss' || root === 'top_k_accuracy') return 'Wilson';
  if ((root === 'precision' || root === 'recall') && (sub === undefined || sub === 'LABEL' || sub === 'micro' || sub === 'binary')) return sub === undefined ? 'Wilson or bootstrap, as its average' : 'Wilson';
  if (root === 'roc_auc' && sub === undefined) return 'DeLong (binary), bootstrap (multiclass)';
  if (root === 'log_loss' || root === 'brier') return 'normal, on the per-row losses';
  return 'bootstrap';
}

/** The meaning of a metrics figure: its root's, then its second segment's. Throws when either is missing. */
export function metricMeaning(figure: string): string {
  const [root, sub] = figure.split('.');
  const base = METRIC_ROOT_MEANINGS[root];
  if (base === undefined) throw new Error(`metrics figure root '${root}' has no meaning in scripts/docs/metricMeanings.ts`);
  if (sub === undefined) return base[1] === undefined ? base[0] : `${base[0]}: ${base[1]}`;
  if (root === 'support') return base[0];
  const extra = METRIC_SUB_MEANINGS[sub];
  if (extra === undefined) throw new Error(`metrics figure '${figure}': second segment '${sub}' has no meaning in scripts/docs/metricMeanings.ts`);
  return `${base[0]}, ${extra}`;
}

/** The range of a metrics figure, from figureRange (binary and other data where they differ). */
export function metricRange(figure: string): string {
  if (figure === 'n' || figure.startsWith('support.')) return '≥ 0 (count)';
  const show = (r: readonly [number, number]) => (r[1] === Infinity ? `≥ ${fmt(r[0])}` : r[0] === -Infinity ? `≤ ${fmt(r[1])}` : `[${fmt(r[0])}, ${fmt(r[1])}]`);
  const binary = figureRange(figure.replace('.LABEL', '.x'), 'binary');
  const other = figureRange(figure.replace('.LABEL', '.x'), 'multiclass');
  return binary[0] === other[0] && binary[1] === other[1] ? show(other) : `${show(binary)} binary, ${show(other)} otherwise`;
}

const fmt = (v: number) => (v === Infinity ? '∞' : v === -Infinity ? '−∞' : String(v).replace('-', '−'));
