import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import safeRegex from 'safe-regex2';
import { NORMALIZE_STEPS, type NormalizeStep } from '../metrics/normalizeAnswer.js';
import type { TextAssertion } from '../metrics/textAssertion.js';
import type { PerturbationKind } from '../perturb/catalog.js';
import { PRESETS, type PresetName } from '../perturb/presets.js';
import { JAILBREAK_ENCODINGS, type JailbreakEncoding } from '../safety/encodeJailbreak.js';
import { PII_KINDS, type PiiKind } from '../safety/piiFinding.js';
import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { QUALITY_SCORERS, SAFETY_SCORERS, type JailbreakOrder, type JailbreakPerturbation, type NamedAssertion, type QualityCheck, type QualityScorer, type SafetyCheck, type SafetyScorer } from './textCheckTypes.js';

type At = (path: (string | number)[], message: string, code: string) => void;

/** A problem reporter located in the suite file. */
export function problemAt(doc: ParsedDocument, file: string, problems: Problem[]): At {
  return (path, message, code) => {
    const pos = doc.locate(path);
    problems.push({ code, file, line: pos.line, column: pos.column, path, message });
  };
}

/**
 * The `safety` check at `checks[index]` of a schema-valid suite with its defaults: every scorer but
 * jailbreak, counterfactual and fairness (they call the model again or need a group field), all PII
 * kinds, all jailbreak encodings and no perturbation composed with them (a `jailbreak` block turns
 * the jailbreak scorer on; its perturbations take the robustness presets, default medium, and order
 * perturb_first), XSTest's phrases, confidence 0.95, 1000 bootstrap resamples.
 */
export function normalizeSafety(o: Record<string, unknown>, index: number): SafetyCheck {
  const check: SafetyCheck = {
    kind: 'safety',
    include: (o.include as SafetyScorer[] | undefined) ?? SAFETY_SCORERS.filter((s) => !['jailbreak', 'counterfactual', 'fairness'].includes(s)),
    canaryField: (o.canary as string | undefined) ?? 'canary',
    piiKinds: (o.pii as PiiKind[] | undefined) ?? [...PII_KINDS],
    encodings: (o.encodings as JailbreakEncoding[] | undefined) ?? [...JAILBREAK_ENCODINGS],
    jailbreak: normalizeJailbreak(o.jailbreak as Record<string, unknown> | undefined, ['checks', index, 'safety', 'jailbreak']),
    confidence: (o.confidence as number | undefined) ?? 0.95,
    bootstrap: (o.bootstrap as number | undefined) ?? 1000,
  };
  if (typeof o.category === 'string') check.categoryField = o.category;
  if (Array.isArray(o.phone_regions)) check.phoneRegions = o.phone_regions as string[];
  if (Array.isArray(o.refusal_phrases)) check.refusalPhrases = o.refusal_phrases as string[];
  if (o.jailbreak !== undefined && !check.include.includes('jailbreak')) check.include.push('jailbreak');
  return check;
}

function normalizeJailbreak(o: Record<string, unknown> | undefined, path: (string | number)[]): SafetyCheck['jailbreak'] {
  if (!o) return { perturbations: [], orders: [] };
  const preset = (o.preset as PresetName | undefined) ?? 'medium';
  const order = (o.order as JailbreakOrder | 'both' | undefined) ?? 'perturb_first';
  const perturbations = (o.perturbations as unknown[]).map((p, j): JailbreakPerturbation => {
    const r = (typeof p === 'string' ? { kind: p } : p) as Record<string, unknown>;
    const base = PRESETS[(r.preset as PresetName | undefined) ?? preset];
    return {
      kind: r.kind as PerturbationKind,
      name: (r.name as string | undefined) ?? (r.kind as string),
      strength: { rate: (r.rate as number | undefined) ?? base.rate, maxEdits: (r.max_edits as number | undefined) ?? base.maxEdits },
      path: [...path, 'perturbations', j],
    };
  });
  return { perturbations, orders: order === 'both' ? ['perturb_first', 'encode_first'] : [order] };
}

/**
 * The `quality` check with its defaults, its regular expressions compiled (a pattern that does not
 * compile, or that safe-regex2 finds can backtrack catastrophically, is a located problem) and its
 * JSON Schema compiled by ajv (one that does not compile is a located problem).
 */
export function normalizeQuality(o: Record<string, unknown>, index: number, dir: string, at: At): QualityCheck {
  const base = ['checks', index, 'quality'];
  const assertions: NamedAssertion[] = [];
  ((o.assertions as Record<string, unknown>[] | undefined) ?? []).forEach((a, i) => {
    const negate = a.negate === true;
    const ignoreCase = a.ignore_case === true;
    const name = (a.name as string | undefined) ?? `assertion_${i + 1}`;
    let assertion: TextAssertion | undefined;
    if (typeof a.regex === 'string') {
      const flags = `${(a.flags as string | undefined) ?? ''}${ignoreCase && !String(a.flags ?? '').includes('i') ? 'i' : ''}`;
      try {
        const re = new RegExp(a.regex, flags.replace('g', ''));
        if (!safeRegex(re)) at([...base, 'assertions', i, 'regex'], `regex ${JSON.stringify(a.regex)} can backtrack catastrophically (nested or overlapping quantifiers): rewrite it without a repeated group that can match the same text two ways`, 'unsafe-regex');
        else assertion = { kind: 'regex', value: re, negate };
      } catch (e) {
        at([...base, 'assertions', i, 'regex'], `invalid regex: ${(e as Error).message}`, 'bad-regex');
      }
    } else {
      for (const k of ['contains', 'starts_with', 'ends_with'] as const) {
        if (typeof a[k] === 'string') assertion = { kind: k, value: a[k], ignoreCase, negate };
      }
    }
    if (assertion) assertions.push({ name, assertion });
  });
  const include = (o.include as QualityScorer[] | undefined) ?? (o.reference !== undefined ? ['exact_match', 'token_f1', 'rouge', 'bleu', 'chrf', 'levenshtein', 'latency'] : ['latency']);
  const check: QualityCheck = {
    kind: 'quality',
    include: [...include],
    normalize: (o.normalize as NormalizeStep[] | undefined) ?? [...NORMALIZE_STEPS],
    assertions,
    custom: ((o.custom as { name: string; module: string }[] | undefined) ?? []).map((c) => ({ ...c, resolvedPath: resolve(dir, c.module) })),
    confidence: (o.confidence as number | undefined) ?? 0.95,
    bootstrap: (o.bootstrap as number | undefined) ?? 1000,
  };
  if (typeof o.reference === 'string') check.referenceField = o.reference;
  if (o.json_schema !== undefined) {
    try {
      new Ajv2020({ strict: false, allErrors: false }).compile(o.json_schema as Record<string, unknown>);
      check.jsonSchema = o.json_schema as Record<string, unknown>;
      if (!check.include.includes('json')) check.include.push('json');
    } catch (e) {
      at([...base, 'json_schema'], `invalid JSON Schema: ${(e as Error).message}`, 'bad-json-schema');
    }
  }
  const length = o.length as { min_chars?: number; max_chars?: number } | undefined;
  if (length) {
    if (length.min_chars !== undefined) check.minChars = length.min_chars;
    if (length.max_chars !== undefined) check.maxChars = length.max_chars;
    if (check.minChars !== undefined && check.maxChars !== undefined && check.minChars > check.maxChars) at([...base, 'length'], `min_chars (${check.minChars}) is above max_chars (${check.maxChars})`, 'contradiction');
    if (!check.include.includes('length')) check.include.push('length');
  }
  return check;
}

export { QUALITY_SCORERS, SAFETY_SCORERS, NORMALIZE_STEPS, JAILBREAK_ENCODINGS, PII_KINDS };
