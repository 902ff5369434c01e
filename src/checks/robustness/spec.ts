import { existsSync } from 'node:fs';
import { mayKeepLabel } from '../../perturb/expectation.js';
import { describeExpectation } from '../../suite/describeExpectation.js';
import { formatFigurePath } from '../../suite/parseGate.js';
import type { CheckSpec, FigureResolution, RuleAt } from '../../suite/checkSpec.js';
import type { FigureRef } from '../../suite/figureRef.js';
import type { PerturbationSpec, RobustnessCheck } from '../../suite/types.js';

/** Figures of one perturbation (`robustness.NAME.X`, `templates.TEST.NAME.X`); those marked with an interval take `.ci_low` / `.ci_high`. */
export const PERTURBATION_FIGURES = ['tested', 'not_applicable', 'errors', 'failures', 'failure_rate', 'attack_success_rate', 'mean_edits', 'robust_accuracy'];
/** Figures of the whole robustness check (`robustness.X`). */
export const ROBUSTNESS_FIGURES = ['tested', 'failure_rate', 'robust_accuracy'];
const WITH_INTERVAL = new Set(['failure_rate', 'attack_success_rate', 'mean_edits', 'robust_accuracy']);

/** Figures under one prefix of a search check (`robustness.typo.`), and why robust_accuracy is not computed there, if it is not. */
export interface FigureGroup {
  at: string[];
  figures: string[];
  notComputed?: string;
}

/** Why a perturbation's robust_accuracy is not computed, if it is not (its expectation cannot keep the expected label). */
const noWorstCase = (p: PerturbationSpec): string | undefined =>
  mayKeepLabel(p.expect) ? undefined : `the expectation of '${p.name}' (${describeExpectation(p.expect)}) does not keep the expected label, so no answer on a perturbed text is right or wrong; worst-case accuracy takes invariance and minimum-functionality tests only`;

/** The figure group of one perturbation under `at`. */
export const perturbationGroup = (at: string[], p: PerturbationSpec): FigureGroup => {
  const why = noWorstCase(p);
  return { at, figures: PERTURBATION_FIGURES, ...(why === undefined ? {} : { notComputed: why }) };
};

/**
 * Resolves `ROOT.…` against the groups a search check computes: a prefix, then a figure, then
 * optionally `ci_low` / `ci_high`; robust_accuracy where it is not computed is refused, saying why.
 * `whyNot` words the refusal of a path that matches no group.
 */
export function resolveSearchPath(path: readonly string[], groups: readonly FigureGroup[], whyNot: (at: string[], name: string) => string): FigureResolution {
  const root = path[0];
  const rest = [...path.slice(1)];
  let stat: FigureRef['stat'] = 'value';
  if (rest.length > 0 && (rest[rest.length - 1] === 'ci_low' || rest[rest.length - 1] === 'ci_high')) stat = rest.pop() as FigureRef['stat'];
  const name = formatFigurePath(path);
  const figure = rest[rest.length - 1];
  const at = rest.slice(0, -1);
  const candidates = groupFigureNames(root, groups);
  const group = rest.length > 0 ? groups.find((g) => g.at.length === at.length && g.at.every((s, i) => s === at[i])) : undefined;
  if (!group || !group.figures.includes(figure)) return { ok: false, message: whyNot(at, name), candidates };
  if (figure === 'robust_accuracy' && group.notComputed) return { ok: false, message: `'${[root, ...rest].join('.')}' is not computed: ${group.notComputed}`, candidates };
  if (stat !== 'value' && !WITH_INTERVAL.has(figure)) return { ok: false, message: `'${figure}' is a count: it has no interval`, candidates };
  return { ok: true, ref: { name: [root, ...rest], stat } };
}

/** Every figure name of a search check's groups (robust_accuracy only where it is computed). */
export const groupFigureNames = (root: string, groups: readonly FigureGroup[]): string[] =>
  groups.flatMap((g) => g.figures.filter((f) => !(f === 'robust_accuracy' && g.notComputed)).map((f) => [root, ...g.at, f].join('.')));

/** The figure groups of a robustness check: the whole check, then each perturbation. */
function robustnessGroups(check: RobustnessCheck): FigureGroup[] {
  const none = check.perturbations.every((p) => !mayKeepLabel(p.expect));
  return [
    { at: [], figures: ROBUSTNESS_FIGURES, ...(none ? { notComputed: 'no perturbation of the robustness check keeps the expected label (its tests are directional or custom), so there is no worst case to take' } : {}) },
    ...check.perturbations.map((p) => perturbationGroup([p.name], p)),
  ];
}

/** The rules every search check (robustness, templates) shares: one check at most, and a model to search. */
export function searchCheckRules(kind: 'robustness' | 'templates', suite: { model?: unknown }, indexes: number[], at: RuleAt): void {
  for (const i of indexes.slice(1)) at(['checks', i, kind], `a suite has at most one ${kind} check: list every perturbation in one`, 'duplicate-check', true);
  if (indexes.length > 0 && !suite.model) at(['checks', indexes[0], kind], `${kind} checks call a model: the suite has no model`, 'needs-model', true);
}

/** Reports two perturbations of one list with the same name. */
export function uniqueNames(list: readonly PerturbationSpec[], at: RuleAt, what: string): void {
  const seen = new Set<string>();
  for (const p of list) {
    if (seen.has(p.name)) at(p.path, `two ${what}s are named '${p.name}': give one a name (e.g. { kind: ${p.kind}, name: ${p.name}-hard })`, 'duplicate-name');
    seen.add(p.name);
  }
}

/** Reports a custom expectation module that does not exist (once per module). */
export function checkExpectations(list: readonly PerturbationSpec[], at: RuleAt): void {
  const reported = new Set<string>();
  for (const p of list) {
    if (p.expect.kind === 'custom' && !existsSync(p.expect.resolvedPath) && !reported.has(p.expect.resolvedPath)) {
      reported.add(p.expect.resolvedPath);
      at(p.path, `custom expectation module not found: ${p.expect.path}`, 'missing-file');
    }
  }
}

/**
 * The robustness check: a minimal-edit search per example and perturbation. Figures
 * `robustness.NAME.X` per perturbation and `robustness.X` overall; robust_accuracy of a perturbation
 * with a directional or custom expectation, and `robustness.robust_accuracy` when every
 * perturbation has one, are not computed.
 * @example resolveFigure(['robustness', 'typo', 'failure_rate'], check) // { ok: true, ref: { name: ['robustness', 'typo', 'failure_rate'], stat: 'value' } }
 */
export const robustnessSpec: CheckSpec<'robustness'> = {
  kind: 'robustness',
  scoresModel: true,
  claims: (root) => root === 'robustness',
  roots: () => ['robustness'],
  figureNames: (check) => groupFigureNames('robustness', robustnessGroups(check)),
  resolveFigure(path, check) {
    if (!check) return { ok: false, message: 'the suite has no robustness check', candidates: [] };
    return resolveSearchPath(path, robustnessGroups(check), (at, name) => {
      const names = check.perturbations.map((p) => p.name);
      if (at.length === 1 && !names.includes(at[0])) return `the robustness check has no perturbation named '${at[0]}' (it has ${names.join(', ')})`;
      return `'${name}' is not a figure: expected robustness.FIGURE or robustness.NAME.FIGURE with NAME a perturbation and FIGURE one of ${PERTURBATION_FIGURES.join(', ')}`;
    });
  },
  rules({ suite, checks, at }) {
    searchCheckRules('robustness', suite, checks.map((c) => c.index), at);
    const robustness = checks[0].check;
    uniqueNames(robustness.perturbations, at, 'perturbation');
    checkExpectations(robustness.perturbations, at);
    if (!suite.data.fields.input) at(['data'], 'the robustness check perturbs data.input, which is not set', 'missing-field');
    if (robustness.perturbations.some((p) => p.expect.kind === 'label' && p.expect.label === undefined) && !suite.data.fields.label) {
      at(robustness.perturbations[0].path.slice(0, -1), "expect: label compares with data.label, which is not set", 'missing-field');
    }
  },
};
