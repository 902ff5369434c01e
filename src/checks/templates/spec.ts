import { TEMPLATE_CASE_LIMIT, templateCombinations, templateKeys } from '../../perturb/expandTemplate.js';
import type { CheckSpec, RuleAt } from '../../suite/checkSpec.js';
import type { TemplatesCheck, TemplateTest } from '../../suite/types.js';
import { checkExpectations, groupFigureNames, perturbationGroup, PERTURBATION_FIGURES, resolveSearchPath, searchCheckRules, uniqueNames, type FigureGroup } from '../robustness/spec.js';

/** Figures of one template test (`templates.NAME.X`). */
export const TEMPLATE_TEST_FIGURES = ['cases', 'tested', 'not_applicable', 'errors', 'failures', 'failure_rate'];
/** Figures of the whole templates check (`templates.X`). */
export const TEMPLATES_FIGURES = ['cases', 'failures', 'failure_rate'];

/** The figure groups of a templates check: the whole check, each test, each perturbation of a test. */
function templatesGroups(check: TemplatesCheck): FigureGroup[] {
  const groups: FigureGroup[] = [{ at: [], figures: TEMPLATES_FIGURES }];
  for (const t of check.tests) {
    groups.push({ at: [t.name], figures: TEMPLATE_TEST_FIGURES });
    for (const p of t.perturbations) groups.push(perturbationGroup([t.name, p.name], p));
  }
  return groups;
}

function whyNot(check: TemplatesCheck, at: string[], name: string): string {
  const tests = check.tests.map((t) => t.name);
  if ((at.length === 1 || at.length === 2) && !tests.includes(at[0])) return `the templates check has no template test named '${at[0]}' (it has ${tests.join(', ')})`;
  if (at.length === 2) {
    const own = check.tests.find((t) => t.name === at[0])!.perturbations.map((p) => p.name);
    if (!own.includes(at[1])) return `template test '${at[0]}' has no perturbation named '${at[1]}' (${own.length > 0 ? `it has ${own.join(', ')}` : 'it perturbs nothing'})`;
  }
  return `'${name}' is not a figure: expected templates.FIGURE, templates.TEST.FIGURE with FIGURE one of ${TEMPLATE_TEST_FIGURES.join(', ')}, or templates.TEST.PERTURBATION.FIGURE with FIGURE one of ${PERTURBATION_FIGURES.join(', ')}`;
}

/**
 * CheckList-style template tests: figures `templates.X`, `templates.TEST.X` and
 * `templates.TEST.PERTURBATION.X`. Rules: unique test names, placeholders the lexicon defines,
 * at most TEMPLATE_CASE_LIMIT cases per test, a test that checks something, custom predicates that exist.
 */
export const templatesSpec: CheckSpec<'templates'> = {
  kind: 'templates',
  scoresModel: true,
  claims: (root) => root === 'templates',
  roots: () => ['templates'],
  figureNames: (check) => groupFigureNames('templates', templatesGroups(check)),
  resolveFigure(path, check) {
    if (!check) return { ok: false, message: 'the suite has no templates check', candidates: [] };
    return resolveSearchPath(path, templatesGroups(check), (at, name) => whyNot(check, at, name));
  },
  rules({ suite, checks, at }) {
    searchCheckRules('templates', suite, checks.map((c) => c.index), at);
    const templates = checks[0].check;
    const seen = new Set<string>();
    for (const t of templates.tests) {
      if (seen.has(t.name)) at([...t.path, 'name'], `two template tests are named '${t.name}'`, 'duplicate-name');
      seen.add(t.name);
      t.templates.forEach((tpl, k) => {
        const where = t.templates.length > 1 ? [...t.path, 'template', k] : [...t.path, 'template'];
        for (const key of templateKeys(tpl)) {
          if (!t.lexicon[key]) at(where, `template uses {${key}}, which no lexicon defines (defined: ${Object.keys(t.lexicon).join(', ') || 'none'})`, 'missing-lexicon-key');
        }
      });
      checkCaseCount(t, at);
      if (t.label === undefined && t.perturbations.length === 0) at(t.path, `template test '${t.name}' checks nothing: give it a label (minimum functionality) or perturbations`, 'empty-test');
      uniqueNames(t.perturbations, at, 'perturbation');
      checkExpectations(t.perturbations, at);
    }
  },
};

/**
 * A template test may expand to at most TEMPLATE_CASE_LIMIT cases (every combination of each
 * template, or `sample` of them): beyond it the suite is refused at the template (or at `sample`),
 * with the count, before anything runs. Templates with a missing key are reported elsewhere.
 */
function checkCaseCount(t: TemplateTest, at: RuleAt): void {
  const combos = t.templates.map((tpl) => templateCombinations(tpl, t.lexicon));
  if (combos.some((c) => c === undefined)) return;
  const totals = combos.map((c) => c!.total);
  const cases = totals.map((n) => (t.sample !== undefined && BigInt(t.sample) < n ? BigInt(t.sample) : n)).reduce((a, b) => a + b, 0n);
  const limit = BigInt(TEMPLATE_CASE_LIMIT);
  if (cases <= limit) return;
  const max = `more than the ${count(limit)} a template test may have`;
  const over = t.templates.length > 1 ? ` over its ${t.templates.length} templates` : '';
  if (t.sample !== undefined && t.samplePath) {
    at(t.samplePath, `template test '${t.name}' would draw ${count(cases)} cases (sample: ${t.sample} per template${over}), ${max}: lower sample`, 'too-many-cases');
    return;
  }
  const biggest = totals.indexOf(totals.reduce((a, b) => (b > a ? b : a)));
  const where = t.templates.length > 1 ? [...t.path, 'template', biggest] : [...t.path, 'template'];
  const product = combos.length === 1 && combos[0]!.sizes.length > 1 ? ` (${combos[0]!.sizes.join(' × ')})` : over;
  const per = Math.max(1, Math.floor(TEMPLATE_CASE_LIMIT / t.templates.length / 10) * 10);
  at(where, `template test '${t.name}' expands to ${count(cases)} cases${product}, ${max}: add \`sample: N\` (e.g. sample: ${Math.min(per, 1000)}) to draw N cases per template with the seed`, 'too-many-cases');
}

/** A case count for a message: 15,625,000,000, or past 18 digits about 1.23e+30. */
function count(n: bigint): string {
  const digits = n.toString();
  if (digits.length <= 18) return n.toLocaleString('en-US');
  return `about ${digits[0]}.${digits.slice(1, 3)}e+${digits.length - 1}`;
}
