import { jailbreakVariants } from './jailbreakVariants.js';
import { formatFigurePath } from './parseGate.js';
import type { QualityCheck, SafetyCheck } from './textCheckTypes.js';
import type { Check, Suite } from './types.js';

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

/** Every figure name a `quality` check computes (means with bootstrap intervals, rates with Wilson intervals, latency percentiles in ms). */
export function qualityFigureNames(check: QualityCheck): string[] {
  const out: string[] = [];
  for (const s of check.include) {
    if (s === 'rouge') for (const v of ['rouge_1', 'rouge_2', 'rouge_l']) for (const m of ['precision', 'recall', 'f1']) out.push(`quality.${v}.${m}`);
    else if (s === 'json') out.push('quality.json.valid.rate', ...(check.jsonSchema !== undefined ? ['quality.json.schema.rate'] : []));
    else if (s === 'length') out.push('quality.length.rate', 'quality.length.mean_chars');
    else if (s === 'latency') out.push('quality.latency.p50', 'quality.latency.p95', 'quality.latency.p99', 'quality.latency.mean');
    else out.push(`quality.${s}`);
  }
  for (const a of check.assertions) out.push(`quality.assertions.${a.name}.rate`);
  for (const c of check.custom) out.push(`quality.custom.${c.name}`);
  return out;
}

/**
 * Resolves a gate's `safety.…` or `quality.…` figure path: the name must be one the suite's check
 * computes, optionally followed by value, ci_low or ci_high (not after a count).
 * Example: `resolveTextFigure(['safety', 'pii', 'email', 'rate', 'ci_high'], suite)` → `{ ok: true, ref: { name: ['safety', 'pii', 'email', 'rate'], stat: 'ci_high' } }`.
 */
export function resolveTextFigure(
  path: readonly string[],
  suite: Pick<Suite, 'checks'>,
): { ok: true; ref: { name: string[]; stat: 'value' | 'ci_low' | 'ci_high' } } | { ok: false; message: string; candidates: string[] } {
  const root = path[0] as 'safety' | 'quality';
  const check = suite.checks.find((c: Check): c is SafetyCheck | QualityCheck => c.kind === root);
  if (!check) return { ok: false, message: `the suite has no ${root} check`, candidates: [] };
  const names = check.kind === 'safety' ? safetyFigureNames(check) : qualityFigureNames(check);
  const last = path[path.length - 1];
  const stat = last === 'value' || last === 'ci_low' || last === 'ci_high' ? last : 'value';
  const name = stat === 'value' && last !== 'value' ? [...path] : path.slice(0, -1);
  const joined = name.join('.');
  if (!names.includes(joined)) {
    return { ok: false, message: `'${formatFigurePath(path)}' is not a figure the ${root} check computes (it computes ${names.length} figures, e.g. ${names.slice(0, 3).join(', ')})`, candidates: names };
  }
  if (stat !== 'value' && joined.endsWith('.count')) return { ok: false, message: `'${joined}' is a count: it has no interval`, candidates: [joined] };
  return { ok: true, ref: { name, stat } };
}
