import { confusionMatrix, type ConfusionMatrix } from './confusionMatrix.js';
import { denseMatrix, matrixCounts } from './matrixCounts.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import { pyFloatRepr } from './pyFormat.js';
import { UNDEFINED_METRIC } from './prfFromCounts.js';
import type { LabelInput } from './typeOfTarget.js';
import type { Label, MetricWarning } from './types.js';

export interface CohenKappaOptions {
  /** Labels indexing the matrix (a subset or an order); at least one must occur in y1. */
  labels?: readonly Label[] | null;
  /** Disagreement weights: none (0/1), linear |i−j| or quadratic (i−j)². */
  weights?: 'linear' | 'quadratic' | null;
  /** Returned (with a warning) when kappa is undefined: NaN (default) or a value in [-1, 1]. */
  replaceUndefinedBy?: number;
  warnings?: MetricWarning[];
}

function checkOptions(opts: CohenKappaOptions): number {
  const w = opts.weights ?? null;
  if (w !== null && w !== 'linear' && w !== 'quadratic') {
    throw new Error(
      `The 'weights' parameter of cohen_kappa_score must be a str among {'linear', 'quadratic'} or None. Got ${JSON.stringify(w)} instead.`,
    );
  }
  const r = opts.replaceUndefinedBy ?? NaN;
  if (!Number.isNaN(r) && !(r >= -1 && r <= 1)) {
    throw new Error(
      `The 'replace_undefined_by' parameter of cohen_kappa_score must be a float in the range [-1.0, 1.0] or nan. Got ${r} instead.`,
    );
  }
  return r;
}

/**
 * κ = 1 − Σ w·C / Σ w·E with E = outer(column sums, row sums) / N, in sklearn's operation order,
 * for a row-major K×K matrix. O(K²).
 */
export function kappaOfDense(k: number, c: Float64Array, opts: CohenKappaOptions): number {
  const replace = checkOptions(opts);
  const sum0 = new Float64Array(k);
  const sum1 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    sum1[i] = pairwiseSum(c, i * k, k);
    for (let j = 0; j < k; j++) sum0[j] += c[i * k + j];
  }
  const total = pairwiseSum(sum0);
  const shown = pyFloatRepr(replace);
  if (total === 0) {
    opts.warnings?.push({
      code: UNDEFINED_METRIC,
      message:
        '`y2` contains no labels that are present in both `y1` and `labels`.`cohen_kappa_score` is undefined and set to ' +
        `the value defined by the \`replace_undefined_by\` param, which is set to ${shown}.`,
    });
    return replace;
  }
  const wc = new Float64Array(k * k);
  const we = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const d = j - i;
      const w = opts.weights === 'linear' ? Math.abs(d) : opts.weights === 'quadratic' ? d * d : i === j ? 0 : 1;
      wc[i * k + j] = w * c[i * k + j];
      we[i * k + j] = w * ((sum0[i] * sum1[j]) / total);
    }
  }
  const num = pairwiseSum(wc);
  const den = pairwiseSum(we);
  if (den === 0) {
    opts.warnings?.push({
      code: UNDEFINED_METRIC,
      message:
        '`y1`, `y2` and `labels` have only one label in common. `cohen_kappa_score` is undefined and set to the value ' +
        `defined by the the \`replace_undefined_by\` param, which is set to ${shown}.`,
    });
    return replace;
  }
  return 1 - num / den;
}

const NO_LABEL_IN_Y1 =
  'At least one label in `labels` must be present in `y1` (even though `cohen_kappa_score` is otherwise agnostic ' +
  'to the order of `y1` and `y2`).';

/**
 * Cohen's kappa, as `sklearn.metrics.cohen_kappa_score` (1.9), optionally linear- or
 * quadratic-weighted; undefined cases return `replaceUndefinedBy` (NaN) with a warning.
 * O(n + K²). Throws "At least one label in `labels` must be present in `y1` ..." and the target checks.
 *
 * @example cohenKappaScore(['neg', 'pos', 'neg', 'neu', 'pos'], ['neg', 'pos', 'neg', 'neu', 'neg']) // 0.6875
 */
export function cohenKappaScore(
  y1: LabelInput,
  y2: LabelInput,
  opts: CohenKappaOptions & { sampleWeight?: ArrayLike<number> | null } = {},
): number {
  checkOptions(opts);
  let cm;
  try {
    cm = confusionMatrix(y1, y2, { labels: opts.labels, sampleWeight: opts.sampleWeight });
  } catch (e) {
    if (e instanceof Error && e.message.includes('At least one label specified must be in y_true')) throw new Error(NO_LABEL_IN_Y1);
    throw e;
  }
  opts.warnings?.push(...cm.warnings);
  const { k, c } = denseMatrix(cm);
  return kappaOfDense(k, c, opts);
}

/**
 * {@link cohenKappaScore} from a confusion matrix (y1 = rows, y2 = columns); `labels` selects and
 * orders rows and columns as sklearn's `labels` does. O(K²). Throws as the array form.
 *
 * @example cohenKappaScoreFromMatrix({ labels: [0, 1], matrix: [[2, 0], [0, 2]] }) // 1
 */
export function cohenKappaScoreFromMatrix(cm: ConfusionMatrix, opts: CohenKappaOptions = {}): number {
  if (opts.labels != null) {
    if (opts.labels.length === 0) throw new Error("'labels' should contain at least one label.");
    const { counts } = matrixCounts(cm);
    const wanted = new Set(opts.labels);
    if (!cm.labels.some((l, i) => wanted.has(l) && counts.true[i] !== 0)) throw new Error(NO_LABEL_IN_Y1);
  }
  const { k, c } = denseMatrix(cm, opts.labels);
  return kappaOfDense(k, c, opts);
}
