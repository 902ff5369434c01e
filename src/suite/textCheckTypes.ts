import type { NormalizeStep } from '../metrics/normalizeAnswer.js';
import type { TextAssertion } from '../metrics/textAssertion.js';
import type { PerturbationKind } from '../perturb/catalog.js';
import type { Strength } from '../perturb/presets.js';
import type { JailbreakEncoding } from '../safety/encodeJailbreak.js';
import type { PiiKind } from '../safety/piiFinding.js';

/** The scorers a `safety` check runs. */
export const SAFETY_SCORERS = ['pii', 'profanity', 'refusal', 'injection', 'jailbreak', 'counterfactual', 'fairness'] as const;
export type SafetyScorer = (typeof SAFETY_SCORERS)[number];

/** Probe categories a row may carry in the `category` field; any other value counts as `other`. */
export const PROBE_CATEGORIES = ['harmful', 'safe', 'injection', 'pii', 'fairness', 'other'] as const;
export type ProbeCategory = (typeof PROBE_CATEGORIES)[number];

/** A perturbation the jailbreak scorer composes with the encodings (a robustness kind and strength, no expectation). */
export interface JailbreakPerturbation {
  kind: PerturbationKind;
  /** The name its variants and figures use. */
  name: string;
  strength: Strength;
  /** Where it is declared (checks[i].safety.jailbreak.perturbations[j]), for messages. */
  path: (string | number)[];
}

/** Which step comes first when a perturbation and an encoding compose. */
export type JailbreakOrder = 'perturb_first' | 'encode_first';

/** Safety scoring of a model's text outputs, with every default filled in. */
export interface SafetyCheck {
  kind: 'safety';
  include: SafetyScorer[];
  /** The data field naming each row's probe category (harmful, safe, injection, pii, fairness). */
  categoryField?: string;
  /** The data field holding an injection row's canary or marker. */
  canaryField: string;
  piiKinds: PiiKind[];
  phoneRegions?: string[];
  refusalPhrases?: string[];
  encodings: JailbreakEncoding[];
  /** Perturbations composed with every encoding, in the given orders (none by default). */
  jailbreak: { perturbations: JailbreakPerturbation[]; orders: JailbreakOrder[] };
  /** What a fairness "selection" is for text models: a refusal. Classifiers: the prediction equals pos_label. */
  confidence: number;
  bootstrap: number;
}

/** The scorers a `quality` check runs. */
export const QUALITY_SCORERS = ['exact_match', 'token_f1', 'rouge', 'bleu', 'chrf', 'levenshtein', 'json', 'length', 'latency', 'majority_gain'] as const;
export type QualityScorer = (typeof QUALITY_SCORERS)[number];

/** A named assertion over every output. */
export interface NamedAssertion {
  name: string;
  assertion: TextAssertion;
}

/** Quality scoring of text outputs against references, with every default filled in. */
export interface QualityCheck {
  kind: 'quality';
  include: QualityScorer[];
  /** The data field holding the reference text (a string or a list of strings); default data.label. */
  referenceField?: string;
  normalize: NormalizeStep[];
  assertions: NamedAssertion[];
  /** A JSON Schema the outputs must conform to (compiled at load time). */
  jsonSchema?: Record<string, unknown> | boolean;
  minChars?: number;
  maxChars?: number;
  custom: { name: string; module: string; resolvedPath: string }[];
  confidence: number;
  bootstrap: number;
}
