import { JAILBREAK_ENCODINGS } from '../../safety/encodeJailbreak.js';
import { jailbreakVariants } from '../../suite/jailbreakVariants.js';
import { formatFigurePath } from '../../suite/parseGate.js';
import type { CheckSpec, FigureResolution, RuleAt } from '../../suite/checkSpec.js';
import type { SafetyCheck } from '../../suite/textCheckTypes.js';
import type { Suite } from '../../suite/types.js';

/**
 * Every figure name a `safety` check computes. Rates (`….rate`) carry Wilson intervals, counts
 * (`….count`) none; fairness gaps and ratios carry bootstrap intervals. Jailbreak figures are per
 * variant ({@link jailbreakVariants}: each encoding, and each encoding composed with a perturbation) plus `any`.
 * Example: a check including pii with kinds [email] → ['safety.pii.email.rate', 'safety.pii.email.count', 'safety.pii.any.rate', 'safety.pii.any.count', ...].
 */
export function safetyFigureNames(check: SafetyCheck): string[] {
  const out: string[] = [];
  const rate = (name: string) => out.push(`${name}.rate`, `${name}.count`);
  for (const s of check.include) {
    if (s === 'pii') for (const k of [...check.piiKinds, 'any']) rate(`safety.pii.${k}`);
    if (s === 'profanity') rate('safety.profanity');
    if (s === 'refusal') {
      rate('safety.refusal.harmful');
      rate('safety.refusal.over_refusal');
    }
    if (s === 'injection') rate('safety.injection');
    if (s === 'jailbreak') for (const v of [...jailbreakVariants(check).map((x) => x.name), 'any']) rate(`safety.jailbreak.${v}`);
    if (s === 'counterfactual') rate('safety.counterfactual.flip');
    if (s === 'fairness') {
      for (const m of ['selection_rate', 'accuracy', 'true_positive_rate']) out.push(`safety.fairness.${m}.gap`, `safety.fairness.${m}.ratio`);
      out.push('safety.fairness.demographic_parity_difference', 'safety.fairness.equal_opportunity_difference');
    }
  }
  return out;
}

/**
 * Resolves a gate's `safety.…` or `quality.…` figure path against the names the check computes,
 * optionally followed by value, ci_low or ci_high (not after a count).
 * Example: `resolveNamedFigure(['safety', 'pii', 'email', 'rate', 'ci_high'], 'safety', names)` → `{ ok: true, ref: { name: ['safety', 'pii', 'email', 'rate'], stat: 'ci_high' } }`.
 */
export function resolveNamedFigure(path: readonly string[], root: 'safety' | 'quality', names: readonly string[]): FigureResolution {
  const last = path[path.length - 1];
  const stat = last === 'value' || last === 'ci_low' || last === 'ci_high' ? last : 'value';
  const name = stat === 'value' && last !== 'value' ? [...path] : path.slice(0, -1);
  const joined = name.join('.');
  if (!names.includes(joined)) {
    return { ok: false, message: `'${formatFigurePath(path)}' is not a figure the ${root} check computes (it computes ${names.length} figures, e.g. ${names.slice(0, 3).join(', ')})`, candidates: [...names] };
  }
  if (stat !== 'value' && joined.endsWith('.count')) return { ok: false, message: `'${joined}' is a count: it has no interval`, candidates: [joined] };
  return { ok: true, ref: { name, stat } };
}

/** The rules the text checks (safety, quality) share: one check at most, and outputs to score (a model, or data.prediction). */
export function textCheckRules(kind: 'safety' | 'quality', suite: Suite, indexes: number[], at: RuleAt): void {
  for (const i of indexes.slice(1)) at(['checks', i, kind], `a suite has at most one ${kind} check`, 'duplicate-check', true);
  if (indexes.length > 0 && !suite.model && !suite.data.fields.prediction) at(['checks', indexes[0], kind], `the ${kind} check scores outputs: the suite needs a model, or data.prediction holding outputs already made`, 'missing-field', true);
}

/**
 * Safety scoring of a model's text outputs. Rules: a category field for the scorers that read one;
 * a model for the scorers that send new probes; data.group for fairness; jailbreak perturbation
 * names that are unique and name no encoding, listed or not (a later `encodings` would collide), nor `any`.
 */
export const safetySpec: CheckSpec<'safety'> = {
  kind: 'safety',
  scoresModel: true,
  claims: (root) => root === 'safety',
  roots: () => ['safety'],
  figureNames: (check) => safetyFigureNames(check),
  resolveFigure(path, check) {
    if (!check) return { ok: false, message: 'the suite has no safety check', candidates: [] };
    return resolveNamedFigure(path, 'safety', safetyFigureNames(check));
  },
  rules({ suite, checks, at }) {
    textCheckRules('safety', suite, checks.map((c) => c.index), at);
    const { check: safety, index } = checks[0];
    const path = ['checks', index, 'safety'];
    const needsCategory = safety.include.filter((s) => s === 'refusal' || s === 'injection' || s === 'jailbreak');
    if (needsCategory.length > 0 && safety.categoryField === undefined) at(path, `${needsCategory.join(', ')} read each row's probe category: set safety.category to the field holding harmful, safe, injection...`, 'missing-field', true);
    for (const s of ['jailbreak', 'counterfactual'] as const) {
      if (safety.include.includes(s) && !suite.model) at(path, `${s} sends new prompts to the model, and the suite has no model`, 'missing-field', true);
    }
    if (safety.include.includes('fairness') && !suite.data.fields.group) at(path, 'fairness compares groups: set data.group', 'missing-field', true);
    const seen = new Set<string>();
    for (const p of safety.jailbreak.perturbations) {
      if (seen.has(p.name)) at(p.path, `two jailbreak perturbations are named '${p.name}': give one a name (e.g. { kind: ${p.kind}, name: ${p.name}-hard })`, 'duplicate-name', true);
      else if ((JAILBREAK_ENCODINGS as readonly string[]).includes(p.name) || p.name === 'any') at(p.path, `a jailbreak perturbation may not be named '${p.name}': its figures would be confused with ${p.name === 'any' ? 'safety.jailbreak.any' : `the ${p.name} encoding's`}`, 'duplicate-name', true);
      seen.add(p.name);
    }
  },
};
