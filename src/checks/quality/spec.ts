import { existsSync } from 'node:fs';
import type { CheckSpec } from '../../suite/checkSpec.js';
import type { QualityCheck } from '../../suite/textCheckTypes.js';
import { resolveNamedFigure, textCheckRules } from '../safety/spec.js';

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

const REFERENCE_SCORES = ['exact_match', 'token_f1', 'rouge', 'bleu', 'chrf', 'levenshtein'];

/**
 * Quality scoring of text outputs against references. Rules: a reference for the reference scores,
 * data.label for majority_gain, custom scorer modules that exist.
 */
export const qualitySpec: CheckSpec<'quality'> = {
  kind: 'quality',
  scoresModel: true,
  claims: (root) => root === 'quality',
  roots: () => ['quality'],
  figureNames: (check) => qualityFigureNames(check),
  resolveFigure(path, check) {
    if (!check) return { ok: false, message: 'the suite has no quality check', candidates: [] };
    return resolveNamedFigure(path, 'quality', qualityFigureNames(check));
  },
  rules({ suite, checks, at }) {
    textCheckRules('quality', suite, checks.map((c) => c.index), at);
    const { check: quality, index } = checks[0];
    const path = ['checks', index, 'quality'];
    const refScores = quality.include.filter((s) => REFERENCE_SCORES.includes(s));
    if (refScores.length > 0 && quality.referenceField === undefined && !suite.data.fields.label) at(path, `${refScores.join(', ')} compare outputs with references: set quality.reference (or data.label)`, 'missing-field', true);
    if (quality.include.includes('majority_gain') && !suite.data.fields.label) at(path, 'majority_gain compares predictions with labels: set data.label', 'missing-field', true);
    quality.custom.forEach((c, i) => {
      if (!existsSync(c.resolvedPath)) at([...path, 'custom', i, 'module'], `module not found: ${c.module}`, 'missing-file', true);
    });
  },
};
