import { existsSync } from 'node:fs';
import type { Problem } from '../problem.js';
import { JAILBREAK_ENCODINGS } from '../safety/encodeJailbreak.js';
import type { ParsedDocument } from './parseDocument.js';
import type { QualityCheck, SafetyCheck, Suite } from './types.js';

/**
 * The semantic rules of the `safety` and `quality` checks: one of each at most; outputs to score
 * (a model, or data.prediction); a category field for the scorers that read one; a model for the
 * scorers that send new probes; data.group for fairness; jailbreak perturbation names that are unique
 * and name no encoding, listed or not (a later `encodings` would collide), nor `any`; a reference for the reference scores;
 * custom scorer modules that exist. Returns every problem, located in the suite file.
 */
export function textCheckRules(suite: Suite, doc: ParsedDocument): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string, code: string) => {
    const pos = doc.locate(path, { key: true });
    problems.push({ code, file: suite.file, line: pos.line, column: pos.column, path, message });
  };
  for (const kind of ['safety', 'quality'] as const) {
    const idx = suite.checks.map((c, i) => (c.kind === kind ? i : -1)).filter((i) => i >= 0);
    for (const i of idx.slice(1)) at(['checks', i, kind], `a suite has at most one ${kind} check`, 'duplicate-check');
    if (idx.length > 0 && !suite.model && !suite.data.fields.prediction) at(['checks', idx[0], kind], `the ${kind} check scores outputs: the suite needs a model, or data.prediction holding outputs already made`, 'missing-field');
  }
  const si = suite.checks.findIndex((c) => c.kind === 'safety');
  const safety = suite.checks[si] as SafetyCheck | undefined;
  if (safety) {
    const path = ['checks', si, 'safety'];
    const needsCategory = safety.include.filter((s) => s === 'refusal' || s === 'injection' || s === 'jailbreak');
    if (needsCategory.length > 0 && safety.categoryField === undefined) at(path, `${needsCategory.join(', ')} read each row's probe category: set safety.category to the field holding harmful, safe, injection...`, 'missing-field');
    for (const s of ['jailbreak', 'counterfactual'] as const) {
      if (safety.include.includes(s) && !suite.model) at(path, `${s} sends new prompts to the model, and the suite has no model`, 'missing-field');
    }
    if (safety.include.includes('fairness') && !suite.data.fields.group) at(path, 'fairness compares groups: set data.group', 'missing-field');
    const seen = new Set<string>();
    for (const p of safety.jailbreak.perturbations) {
      if (seen.has(p.name)) at(p.path, `two jailbreak perturbations are named '${p.name}': give one a name (e.g. { kind: ${p.kind}, name: ${p.name}-hard })`, 'duplicate-name');
      else if ((JAILBREAK_ENCODINGS as readonly string[]).includes(p.name) || p.name === 'any') at(p.path, `a jailbreak perturbation may not be named '${p.name}': its figures would be confused with ${p.name === 'any' ? 'safety.jailbreak.any' : `the ${p.name} encoding's`}`, 'duplicate-name');
      seen.add(p.name);
    }
  }
  const qi = suite.checks.findIndex((c) => c.kind === 'quality');
  const quality = suite.checks[qi] as QualityCheck | undefined;
  if (quality) {
    const path = ['checks', qi, 'quality'];
    const refScores = quality.include.filter((s) => ['exact_match', 'token_f1', 'rouge', 'bleu', 'chrf', 'levenshtein'].includes(s));
    if (refScores.length > 0 && quality.referenceField === undefined && !suite.data.fields.label) at(path, `${refScores.join(', ')} compare outputs with references: set quality.reference (or data.label)`, 'missing-field');
    if (quality.include.includes('majority_gain') && !suite.data.fields.label) at(path, 'majority_gain compares predictions with labels: set data.label', 'missing-field');
    quality.custom.forEach((c, i) => {
      if (!existsSync(c.resolvedPath)) at([...path, 'custom', i, 'module'], `module not found: ${c.module}`, 'missing-file');
    });
  }
  return problems;
}
