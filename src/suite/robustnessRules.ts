import { existsSync } from 'node:fs';
import { TEMPLATE_CASE_LIMIT, templateCombinations, templateKeys } from '../perturb/expandTemplate.js';
import type { PerturbationSpec, RobustnessCheck, Suite, TemplatesCheck, TemplateTest } from './types.js';

type At = (path: (string | number)[], message: string, code?: string, key?: boolean) => void;

/**
 * The rules of robustness and template checks a schema cannot state: at most one of each, a model
 * to search, unique perturbation and test names, template placeholders the lexicon defines, at most
 * TEMPLATE_CASE_LIMIT cases per template test, a test that checks something, custom predicates that
 * exist, and the data fields the expectations read.
 */
export function robustnessRules(suite: Suite, at: At): void {
  for (const kind of ['robustness', 'templates'] as const) {
    const indexes = suite.checks.map((c, i) => (c.kind === kind ? i : -1)).filter((i) => i >= 0);
    for (const i of indexes.slice(1)) at(['checks', i, kind], `a suite has at most one ${kind} check: list every perturbation in one`, 'duplicate-check', true);
    if (indexes.length > 0 && !suite.model) at(['checks', indexes[0], kind], `${kind} checks call a model: the suite has no model`, 'needs-model', true);
  }
  const robustness = suite.checks.find((c): c is RobustnessCheck => c.kind === 'robustness');
  if (robustness) {
    uniqueNames(robustness.perturbations, at, 'perturbation');
    checkExpectations(robustness.perturbations, at);
    if (!suite.data.fields.input) at(['data'], 'the robustness check perturbs data.input, which is not set', 'missing-field');
    if (robustness.perturbations.some((p) => p.expect.kind === 'label' && p.expect.label === undefined) && !suite.data.fields.label) {
      at(robustness.perturbations[0].path.slice(0, -1), "expect: label compares with data.label, which is not set", 'missing-field');
    }
  }
  const templates = suite.checks.find((c): c is TemplatesCheck => c.kind === 'templates');
  if (templates) {
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
  }
}

function uniqueNames(list: readonly PerturbationSpec[], at: At, what: string): void {
  const seen = new Set<string>();
  for (const p of list) {
    if (seen.has(p.name)) at(p.path, `two ${what}s are named '${p.name}': give one a name (e.g. { kind: ${p.kind}, name: ${p.name}-hard })`, 'duplicate-name');
    seen.add(p.name);
  }
}

function checkExpectations(list: readonly PerturbationSpec[], at: At): void {
  const reported = new Set<string>();
  for (const p of list) {
    if (p.expect.kind === 'custom' && !existsSync(p.expect.resolvedPath) && !reported.has(p.expect.resolvedPath)) {
      reported.add(p.expect.resolvedPath);
      at(p.path, `custom expectation module not found: ${p.expect.path}`, 'missing-file');
    }
  }
}

/**
 * A template test may expand to at most TEMPLATE_CASE_LIMIT cases (every combination of each
 * template, or `sample` of them): beyond it the suite is refused at the template (or at `sample`),
 * with the count, before anything runs. Templates with a missing key are reported elsewhere.
 */
function checkCaseCount(t: TemplateTest, at: At): void {
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
