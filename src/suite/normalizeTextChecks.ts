import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import safeRegex from 'safe-regex2';
import { NORMALIZE_STEPS } from '../metrics/normalizeAnswer.js';
import type { TextAssertion } from '../metrics/textAssertion.js';
import { PRESETS } from '../perturb/presets.js';
import { JAILBREAK_ENCODINGS } from '../safety/encodeJailbreak.js';
import { PII_KINDS } from '../safety/piiFinding.js';
import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import type { RawJailbreakPerturbation } from './schema/perturbation.js';
import type { RawQuality } from './schema/quality.js';
import type { RawJailbreak, RawSafety } from './schema/safety.js';
import { QUALITY_SCORERS, SAFETY_SCORERS, type JailbreakPerturbation, type NamedAssertion, type QualityCheck, type QualityScorer, type SafetyCheck } from './textCheckTypes.js';

/** The assertion keys that match a literal string (a `regex` assertion is compiled instead). */
const LITERAL_MATCHERS: readonly ('contains' | 'starts_with' | 'ends_with')[] = ['contains', 'starts_with', 'ends_with'];

/** The message of a thrown value. */
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

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
export function normalizeSafety(o: RawSafety, index: number): SafetyCheck {
  const check: SafetyCheck = {
    kind: 'safety',
    include: o.include ?? SAFETY_SCORERS.filter((s) => !['jailbreak', 'counterfactual', 'fairness'].includes(s)),
    canaryField: o.canary ?? 'canary',
    piiKinds: o.pii ?? [...PII_KINDS],
    encodings: o.encodings ?? [...JAILBREAK_ENCODINGS],
    jailbreak: normalizeJailbreak(o.jailbreak, ['checks', index, 'safety', 'jailbreak']),
    confidence: o.confidence ?? 0.95,
    bootstrap: o.bootstrap ?? 1000,
  };
  if (o.category !== undefined) check.categoryField = o.category;
  if (o.phone_regions !== undefined) check.phoneRegions = o.phone_regions;
  if (o.refusal_phrases !== undefined) check.refusalPhrases = o.refusal_phrases;
  if (o.jailbreak !== undefined && !check.include.includes('jailbreak')) check.include.push('jailbreak');
  return check;
}

function normalizeJailbreak(o: RawJailbreak | undefined, path: (string | number)[]): SafetyCheck['jailbreak'] {
  if (!o) return { perturbations: [], orders: [] };
  const preset = o.preset ?? 'medium';
  const order = o.order ?? 'perturb_first';
  const perturbations = o.perturbations.map((p, j): JailbreakPerturbation => {
    const r: Exclude<RawJailbreakPerturbation, string> = typeof p === 'string' ? { kind: p } : p;
    const base = PRESETS[r.preset ?? preset];
    return {
      kind: r.kind,
      name: r.name ?? r.kind,
      strength: { rate: r.rate ?? base.rate, maxEdits: r.max_edits ?? base.maxEdits },
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
export function normalizeQuality(o: RawQuality, index: number, dir: string, at: At): QualityCheck {
  const base = ['checks', index, 'quality'];
  const assertions: NamedAssertion[] = [];
  (o.assertions ?? []).forEach((a, i) => {
    const negate = a.negate === true;
    const ignoreCase = a.ignore_case === true;
    const name = a.name ?? `assertion_${i + 1}`;
    let assertion: TextAssertion | undefined;
    if (a.regex !== undefined) {
      const flags = `${a.flags ?? ''}${ignoreCase && !(a.flags ?? '').includes('i') ? 'i' : ''}`;
      try {
        const re = new RegExp(a.regex, flags.replace('g', ''));
        if (!safeRegex(re)) at([...base, 'assertions', i, 'regex'], `regex ${JSON.stringify(a.regex)} can backtrack catastrophically (nested or overlapping quantifiers): rewrite it without a repeated group that can match the same text two ways`, 'unsafe-regex');
        else assertion = { kind: 'regex', value: re, negate };
      } catch (e) {
        at([...base, 'assertions', i, 'regex'], `invalid regex: ${messageOf(e)}`, 'bad-regex');
      }
    } else {
      for (const k of LITERAL_MATCHERS) {
        const value = a[k];
        if (value !== undefined) assertion = { kind: k, value, ignoreCase, negate };
      }
    }
    if (assertion) assertions.push({ name, assertion });
  });
  const include: readonly QualityScorer[] = o.include ?? (o.reference !== undefined ? ['exact_match', 'token_f1', 'rouge', 'bleu', 'chrf', 'levenshtein', 'latency'] : ['latency']);
  const check: QualityCheck = {
    kind: 'quality',
    include: [...include],
    normalize: o.normalize ?? [...NORMALIZE_STEPS],
    assertions,
    custom: (o.custom ?? []).map((c) => ({ ...c, resolvedPath: resolve(dir, c.module) })),
    confidence: o.confidence ?? 0.95,
    bootstrap: o.bootstrap ?? 1000,
  };
  if (o.reference !== undefined) check.referenceField = o.reference;
  if (o.json_schema !== undefined) {
    try {
      new Ajv2020({ strict: false, allErrors: false }).compile(o.json_schema);
      check.jsonSchema = o.json_schema;
      if (!check.include.includes('json')) check.include.push('json');
    } catch (e) {
      at([...base, 'json_schema'], `invalid JSON Schema: ${messageOf(e)}`, 'bad-json-schema');
    }
  }
  const length = o.length;
  if (length) {
    if (length.min_chars !== undefined) check.minChars = length.min_chars;
    if (length.max_chars !== undefined) check.maxChars = length.max_chars;
    if (check.minChars !== undefined && check.maxChars !== undefined && check.minChars > check.maxChars) at([...base, 'length'], `min_chars (${check.minChars}) is above max_chars (${check.maxChars})`, 'contradiction');
    if (!check.include.includes('length')) check.include.push('length');
  }
  return check;
}

export { QUALITY_SCORERS, SAFETY_SCORERS, NORMALIZE_STEPS, JAILBREAK_ENCODINGS, PII_KINDS };
