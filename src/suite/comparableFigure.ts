import { resolveFigure } from './figureCatalog.js';
import { formatFigurePath } from './parseGate.js';
import type { Suite } from './types.js';

/** Figure roots that are functions of the confusion matrix: compared by the joint-cell paired bootstrap. */
export const CONFUSION_ROOTS = ['accuracy', 'precision', 'recall', 'f1', 'balanced_accuracy', 'mcc', 'kappa', 'hamming_loss'];

/** Figures where a smaller value is better (their regressions are increases). */
export const LOWER_IS_BETTER = ['hamming_loss', 'log_loss', 'brier', 'ece', 'mce'];

/**
 * Whether two runs can be compared on a figure, and by which test: confusion-matrix figures of the
 * metrics check (`f1.macro`, `recall.spam`, `accuracy`, ...) by the paired bootstrap, the fold
 * means of cross-validation (`cross-validation.f1.macro.mean`) by the corrected resampled t-test.
 * Otherwise a message saying what can be compared. Pure.
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
  if (!CONFUSION_ROOTS.includes(path[0])) return { ok: false, message: `'${name}' cannot be compared yet: comparisons cover ${CONFUSION_ROOTS.join(', ')} and cross-validation.*.mean` };
  return { ok: true, test: 'paired-bootstrap' };
}
