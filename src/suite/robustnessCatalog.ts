import { mayKeepLabel } from '../perturb/expectation.js';
import { describeExpectation } from './describeExpectation.js';
import { formatFigurePath } from './parseGate.js';
import type { FigureRef } from './figureRef.js';
import type { PerturbationSpec, RobustnessCheck, Suite, TemplatesCheck } from './types.js';

/** Figures of one perturbation (`robustness.NAME.X`, `templates.TEST.NAME.X`); those marked with an interval take `.ci_low` / `.ci_high`. */
export const PERTURBATION_FIGURES = ['tested', 'not_applicable', 'errors', 'failures', 'failure_rate', 'attack_success_rate', 'mean_edits', 'robust_accuracy'];
/** Figures of the whole robustness check (`robustness.X`). */
export const ROBUSTNESS_FIGURES = ['tested', 'failure_rate', 'robust_accuracy'];
/** Figures of one template test (`templates.NAME.X`). */
export const TEMPLATE_TEST_FIGURES = ['cases', 'tested', 'not_applicable', 'errors', 'failures', 'failure_rate'];
/** Figures of the whole templates check (`templates.X`). */
export const TEMPLATES_FIGURES = ['cases', 'failures', 'failure_rate'];
const WITH_INTERVAL = new Set(['failure_rate', 'attack_success_rate', 'mean_edits', 'robust_accuracy']);

type Resolved = { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] };

/** Why a perturbation's robust_accuracy is not computed, if it is not (its expectation cannot keep the expected label). */
const noWorstCase = (p: PerturbationSpec): string | undefined =>
  mayKeepLabel(p.expect) ? undefined : `the expectation of '${p.name}' (${describeExpectation(p.expect)}) does not keep the expected label, so no answer on a perturbed text is right or wrong; worst-case accuracy takes invariance and minimum-functionality tests only`;

/**
 * Resolves `robustness.…` and `templates.…` gate figures against the suite's checks: a named
 * perturbation (`robustness.NAME.X`), template test (`templates.TEST.X`) or perturbation of a
 * template test (`templates.TEST.NAME.X`), then a figure, then optionally `ci_low` / `ci_high`.
 * robust_accuracy of a perturbation with a directional or custom expectation, and
 * `robustness.robust_accuracy` when every perturbation has one, are not computed: refused, saying why.
 * @example resolveSearchFigure(['robustness', 'typo', 'failure_rate'], suite) // { ok: true, ref: { name: ['robustness', 'typo', 'failure_rate'], stat: 'value' } }
 */
export function resolveSearchFigure(path: readonly string[], suite: Pick<Suite, 'checks'>): Resolved {
  const root = path[0] as 'robustness' | 'templates';
  const check = suite.checks.find((c): c is RobustnessCheck | TemplatesCheck => c.kind === root);
  if (!check) return { ok: false, message: `the suite has no ${root} check`, candidates: [] };
  const rest = [...path.slice(1)];
  let stat: FigureRef['stat'] = 'value';
  if (rest.length > 0 && (rest[rest.length - 1] === 'ci_low' || rest[rest.length - 1] === 'ci_high')) stat = rest.pop() as FigureRef['stat'];
  const name = formatFigurePath(path);
  const figure = rest[rest.length - 1];
  const at = rest.slice(0, -1);

  // What the check computes: (prefix under root, figures, why robust_accuracy is not computed).
  const groups: { at: string[]; figures: string[]; notComputed?: string }[] = [];
  if (check.kind === 'robustness') {
    const none = check.perturbations.every((p) => !mayKeepLabel(p.expect));
    groups.push({ at: [], figures: ROBUSTNESS_FIGURES, ...(none ? { notComputed: 'no perturbation of the robustness check keeps the expected label (its tests are directional or custom), so there is no worst case to take' } : {}) });
    for (const p of check.perturbations) groups.push({ at: [p.name], figures: PERTURBATION_FIGURES, ...withWhy(noWorstCase(p)) });
  } else {
    groups.push({ at: [], figures: TEMPLATES_FIGURES });
    for (const t of check.tests) {
      groups.push({ at: [t.name], figures: TEMPLATE_TEST_FIGURES });
      for (const p of t.perturbations) groups.push({ at: [t.name, p.name], figures: PERTURBATION_FIGURES, ...withWhy(noWorstCase(p)) });
    }
  }
  const candidates = groups.flatMap((g) => g.figures.filter((f) => !(f === 'robust_accuracy' && g.notComputed)).map((f) => [root, ...g.at, f].join('.')));
  const group = rest.length > 0 ? groups.find((g) => g.at.length === at.length && g.at.every((s, i) => s === at[i])) : undefined;
  if (!group || !group.figures.includes(figure)) return { ok: false, message: whyNot(check, at, name), candidates };
  if (figure === 'robust_accuracy' && group.notComputed) return { ok: false, message: `'${[root, ...rest].join('.')}' is not computed: ${group.notComputed}`, candidates };
  if (stat !== 'value' && !WITH_INTERVAL.has(figure)) return { ok: false, message: `'${figure}' is a count: it has no interval`, candidates };
  return { ok: true, ref: { name: [root, ...rest], stat } };
}

const withWhy = (why: string | undefined) => (why === undefined ? {} : { notComputed: why });

function whyNot(check: RobustnessCheck | TemplatesCheck, at: string[], name: string): string {
  if (check.kind === 'robustness') {
    const names = check.perturbations.map((p) => p.name);
    if (at.length === 1 && !names.includes(at[0])) return `the robustness check has no perturbation named '${at[0]}' (it has ${names.join(', ')})`;
    return `'${name}' is not a figure: expected robustness.FIGURE or robustness.NAME.FIGURE with NAME a perturbation and FIGURE one of ${PERTURBATION_FIGURES.join(', ')}`;
  }
  const tests = check.tests.map((t) => t.name);
  if ((at.length === 1 || at.length === 2) && !tests.includes(at[0])) return `the templates check has no template test named '${at[0]}' (it has ${tests.join(', ')})`;
  if (at.length === 2) {
    const own = check.tests.find((t) => t.name === at[0])!.perturbations.map((p) => p.name);
    if (!own.includes(at[1])) return `template test '${at[0]}' has no perturbation named '${at[1]}' (${own.length > 0 ? `it has ${own.join(', ')}` : 'it perturbs nothing'})`;
  }
  return `'${name}' is not a figure: expected templates.FIGURE, templates.TEST.FIGURE with FIGURE one of ${TEMPLATE_TEST_FIGURES.join(', ')}, or templates.TEST.PERTURBATION.FIGURE with FIGURE one of ${PERTURBATION_FIGURES.join(', ')}`;
}
