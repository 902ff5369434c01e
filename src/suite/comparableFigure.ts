import { resolveFigure } from './resolveFigure.js';
import { formatFigurePath } from './parseGate.js';
import type { Suite } from './types.js';
import { comparedRoots, figureShape, LOWER_IS_BETTER_ROOTS } from '../metrics/metricLists.js';

/** Whether a metrics figure is one whose paired resampling is not implemented (`roc_auc.ovo`, `average_precision.micro`). */
function notCompared(path: readonly string[]): boolean {
  return path.length === 2 && (figureShape(path[0])?.notCompared?.includes(path[1]) ?? false);
}

/** Figure roots that are functions of the confusion matrix: compared by the joint-cell paired bootstrap (from METRIC_TABLE). */
export const CONFUSION_ROOTS = comparedRoots('confusion');

/** Score-based figure roots of the metrics check: compared by the paired row bootstrap on the records' scores (from METRIC_TABLE). */
export const SCORE_ROOTS = comparedRoots('score');

/** Figure roots where a smaller value is better (their regressions are increases; from METRIC_TABLE). */
export const LOWER_IS_BETTER: readonly string[] = LOWER_IS_BETTER_ROOTS;

/** Last segments of robustness, template, safety and quality figures that count rather than measure: not compared. */
const COUNTS = new Set(['tested', 'not_applicable', 'errors', 'failures', 'cases', 'count']);

const LOWER_TEXT = [/\.failure_rate$/, /\.attack_success_rate$/, /^safety\.pii\./, /^safety\.profanity\./, /^safety\.refusal\.over_refusal\./, /^safety\.injection\./, /^safety\.jailbreak\./, /^safety\.counterfactual\./, /^safety\.fairness\.[a-z_]+\.gap$/, /_difference$/, /^quality\.latency\./];

/**
 * Whether a smaller value of the figure is better: losses, calibration errors, Hamming loss,
 * failure and attack success rates (not mean_edits: more edits to break a model is better), leak/profanity/over-refusal/injection/jailbreak/flip rates,
 * fairness gaps and latencies. Pure.
 * @example lowerIsBetter('robustness.typo.failure_rate') // true
 */
export function lowerIsBetter(figure: string): boolean {
  const root = figure.split('.')[0];
  if (LOWER_IS_BETTER.includes(root)) return true;
  return (root === 'robustness' || root === 'templates' || root === 'safety' || root === 'quality') && LOWER_TEXT.some((re) => re.test(figure));
}

/**
 * Whether two runs can be compared on a figure, and by which test: confusion-matrix figures of the
 * metrics check (`f1.macro`, `recall.spam`, `accuracy`, ...) by the joint-cell paired bootstrap;
 * score-based figures (`roc_auc`, `log_loss`, `ece`, ...), robustness and template rates
 * (`robustness.typo.failure_rate`), safety rates and gaps and quality figures by the paired row
 * bootstrap; the fold means of cross-validation (`cross-validation.f1.macro.mean`) by the
 * corrected resampled t-test. Counts (`.tested`, `.count`, ...), `roc_auc.ovo`,
 * `average_precision.micro` and `quality.majority_gain` are not compared; a message says so. Pure.
 * @example comparableFigure(['f1', 'macro'], suite) // { ok: true, test: 'paired-bootstrap' }
 */
export function comparableFigure(path: readonly string[], suite: Pick<Suite, 'checks' | 'model'>): { ok: true; test: 'paired-bootstrap' | 'corrected-resampled-t' } | { ok: false; message: string } {
  const r = resolveFigure(path, suite);
  if (!r.ok) return { ok: false, message: r.message };
  const name = formatFigurePath(path);
  if (path[0] === 'cross-validation') {
    if (path[path.length - 1] !== 'mean') return { ok: false, message: `'${name}': cross-validated runs are compared on a fold mean, e.g. cross-validation.f1.macro.mean` };
    return { ok: true, test: 'corrected-resampled-t' };
  }
  if (r.ref.stat !== 'value') return { ok: false, message: `'${name}': a comparison reads the difference of values; its interval is part of the claim (drop .${r.ref.stat})` };
  const text = ['robustness', 'templates', 'safety', 'quality'].includes(path[0]);
  if (text && COUNTS.has(path[path.length - 1])) return { ok: false, message: `'${name}' is a count: compare its rate instead` };
  if (name === 'quality.majority_gain' || notCompared(path)) return { ok: false, message: `'${name}' cannot be compared: its paired resampling is not implemented` };
  if (!text && !CONFUSION_ROOTS.includes(path[0]) && !SCORE_ROOTS.includes(path[0])) {
    return { ok: false, message: `'${name}' cannot be compared: comparisons cover ${[...CONFUSION_ROOTS, ...SCORE_ROOTS].join(', ')}, robustness, templates, safety and quality figures, and cross-validation.*.mean` };
  }
  return { ok: true, test: 'paired-bootstrap' };
}
