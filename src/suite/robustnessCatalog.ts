import { formatFigurePath } from './parseGate.js';
import type { FigureRef } from './figureCatalog.js';
import type { RobustnessCheck, Suite, TemplatesCheck } from './types.js';

/** Figures of one perturbation (`robustness.NAME.X`); those marked with an interval take `.ci_low` / `.ci_high`. */
export const PERTURBATION_FIGURES = ['tested', 'not_applicable', 'errors', 'failures', 'failure_rate', 'attack_success_rate', 'mean_edits', 'robust_accuracy'];
/** Figures of the whole robustness check (`robustness.X`). */
export const ROBUSTNESS_FIGURES = ['tested', 'failure_rate', 'robust_accuracy'];
/** Figures of one template test (`templates.NAME.X`). */
export const TEMPLATE_TEST_FIGURES = ['cases', 'tested', 'not_applicable', 'errors', 'failures', 'failure_rate'];
/** Figures of the whole templates check (`templates.X`). */
export const TEMPLATES_FIGURES = ['cases', 'failures', 'failure_rate'];
const WITH_INTERVAL = new Set(['failure_rate', 'attack_success_rate', 'mean_edits', 'robust_accuracy']);

type Resolved = { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] };

/**
 * Resolves `robustness.…` and `templates.…` gate figures against the suite's checks: a named
 * perturbation or template test, then a figure, then optionally `ci_low` / `ci_high`.
 * @example resolveSearchFigure(['robustness', 'typo', 'failure_rate'], suite) // { ok: true, ref: { name: ['robustness', 'typo', 'failure_rate'], stat: 'value' } }
 */
export function resolveSearchFigure(path: readonly string[], suite: Pick<Suite, 'checks'>): Resolved {
  const root = path[0] as 'robustness' | 'templates';
  const check = suite.checks.find((c): c is RobustnessCheck | TemplatesCheck => c.kind === root);
  if (!check) return { ok: false, message: `the suite has no ${root} check`, candidates: [] };
  const names = check.kind === 'robustness' ? check.perturbations.map((p) => p.name) : check.tests.map((t) => t.name);
  const each = check.kind === 'robustness' ? PERTURBATION_FIGURES : TEMPLATE_TEST_FIGURES;
  const whole = check.kind === 'robustness' ? ROBUSTNESS_FIGURES : TEMPLATES_FIGURES;
  const rest = [...path.slice(1)];
  let stat: FigureRef['stat'] = 'value';
  if (rest.length > 0 && (rest[rest.length - 1] === 'ci_low' || rest[rest.length - 1] === 'ci_high')) stat = rest.pop() as FigureRef['stat'];
  const candidates = [...whole.map((f) => `${root}.${f}`), ...names.flatMap((n) => each.map((f) => `${root}.${n}.${f}`))];
  const figure = rest[rest.length - 1];
  const ok = (rest.length === 1 && whole.includes(figure)) || (rest.length === 2 && names.includes(rest[0]) && each.includes(figure));
  if (!ok) {
    const what = root === 'robustness' ? 'perturbation' : 'template test';
    const why = rest.length === 2 && !names.includes(rest[0])
      ? `the ${root} check has no ${what} named '${rest[0]}' (it has ${names.join(', ')})`
      : `'${formatFigurePath(path)}' is not a figure: expected ${root}.FIGURE or ${root}.NAME.FIGURE with NAME a ${what} and FIGURE one of ${each.join(', ')}`;
    return { ok: false, message: why, candidates };
  }
  if (stat !== 'value' && !WITH_INTERVAL.has(figure)) return { ok: false, message: `'${figure}' is a count: it has no interval`, candidates };
  return { ok: true, ref: { name: [root, ...rest], stat } };
}
