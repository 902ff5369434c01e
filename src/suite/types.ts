/*
 * The normalized suite: what loadSuite returns and every later stage reads.
 *
 * A suite is described in two shapes, linked by the normalizers:
 * - the raw suite (src/suite/schema/, TypeBox): the file as written, snake_case keys, shorthands
 *   (`metrics: [f1]`, a perturbation given by its kind, a gate as a string), defaults left out.
 *   The JSON Schema (`schemas/suite.schema.json`, generated) and the raw TypeScript types
 *   (`RawSuite` and the Raw* types of each block, `Static` of the same TypeBox values) come from
 *   that one source, and ajv's validator is a type guard for RawSuite.
 * - the normalized suite (this file): camelCase, every default filled in (one place: the
 *   normalizers), paths resolved against the suite's directory, shorthands expanded, gates parsed,
 *   each check tagged with its `kind`.
 * normalizeSuite (and normalizeRobustness, normalizeTextChecks, normalizeComparison) map the first
 * onto the second without casts, so a change to the schema that the normalizers do not follow is a
 * type error. Enumerations both shapes share (METRIC_NAMES, QUALITY_CHECKS, the safety and quality
 * scorer names) are declared once, here or beside their code, and the schema reads them.
 */
import type { FieldMap } from '../data/fieldMap.js';
import type { Label, ZeroDivision } from '../metrics/types.js';
import type { GateOp } from './parseGate.js';
import type { ComparisonClaim } from './parseComparisonGate.js';
import type { ModelOptions, ModelSpec } from '../models/modelSpec.js';
import type { PerturbationKind } from '../perturb/catalog.js';
import type { Strength } from '../perturb/presets.js';
export type { ModelOptions, ModelSpec } from '../models/modelSpec.js';

// The metric names a metrics or cross-validation check accepts come from the metric table.
export { METRIC_NAMES, type MetricName } from '../metrics/metricTable.js';
import type { MetricName } from '../metrics/metricTable.js';

/** The data a suite reads, with paths resolved. */
export interface DataSpec {
  /** The path as written in the suite. */
  path: string;
  /** Absolute path. */
  resolvedPath: string;
  /** The path shown in messages: relative to the working directory. */
  displayPath: string;
  format: 'jsonl' | 'csv' | 'json';
  fields: FieldMap;
  classes?: Label[];
  posLabel?: Label;
  onBadRow: 'error' | 'skip';
  labelSeparator?: string;
  delimiter?: string;
  /** Fraction held out for testing a model the suite trains. */
  holdout?: number;
  /** Stratify the holdout split by label (default true for single-label data). */
  stratify?: boolean;
}

/** k-fold cross-validation of a trainable model. */
export interface CrossValidationCheck {
  kind: 'cross-validation';
  folds: number;
  stratify?: boolean;
  group: boolean;
  shuffle: boolean;
  repeats: number;
  include: MetricName[];
  average?: 'binary' | 'micro' | 'macro' | 'weighted';
  confidence: number;
}

/** Data-quality check names. */
export const QUALITY_CHECKS = ['duplicates', 'near-duplicates', 'conflicting-labels', 'leakage', 'imbalance', 'empty-inputs', 'long-inputs'] as const;
export type QualityCheckName = (typeof QUALITY_CHECKS)[number];

/** Checks of the data itself. */
export interface DataQualityCheck {
  kind: 'data-quality';
  include: QualityCheckName[];
  nearDuplicateThreshold: number;
  maxInputChars: number;
}

/** The `metrics` check, with every default filled in. */
export interface MetricsCheck {
  kind: 'metrics';
  include: MetricName[];
  /** The average a bare `f1` means; undefined = decided from the data (binary / samples / macro). */
  average?: 'binary' | 'micro' | 'macro' | 'weighted' | 'samples';
  labels?: Label[];
  zeroDivision: ZeroDivision;
  beta: number;
  topK: number;
  bins: number;
  confidence: number;
  bootstrap: number;
}

export type { QualityCheck, SafetyCheck } from './textCheckTypes.js';
import type { QualityCheck, SafetyCheck } from './textCheckTypes.js';

export type Check = MetricsCheck | CrossValidationCheck | DataQualityCheck | RobustnessCheck | TemplatesCheck | SafetyCheck | QualityCheck;

/** A gate with its source position. */
export interface Gate {
  /** The gate's name: its `name`, or the expression text. */
  name: string;
  expression: string;
  figure: string[];
  op: GateOp;
  threshold: number;
  severity: 'blocking' | 'warning';
  line: number;
  column: number;
}

/** A loaded, validated and normalized suite. */
export interface Suite {
  name: string;
  description?: string;
  seed: number;
  /** The suite file as the user named it. */
  file: string;
  /** Absolute directory of the suite file: relative data paths resolve against it. */
  dir: string;
  /** sha256 of the suite file's bytes. */
  hash: string;
  data: DataSpec;
  model?: { spec: ModelSpec; options: ModelOptions };
  /** A two-model suite's baseline; `model` is then its candidate. */
  baseline?: { spec: ModelSpec; options: ModelOptions };
  /** How a candidate is held against a baseline, when the suite says (defaults otherwise). */
  comparison?: ComparisonSpec;
  checks: Check[];
  gates: Gate[];
}

/** What a perturbed answer must satisfy, as the suite states it (a custom predicate by its module path). */
export type ExpectationSpec =
  | { kind: 'invariant'; tolerance?: number }
  | { kind: 'label'; label?: Label }
  | { kind: 'directional'; label?: Label; direction: 'up' | 'down'; minChange: number }
  | { kind: 'custom'; path: string; resolvedPath: string };

/** One perturbation of a robustness or template check, with its strength and expectation filled in. */
export interface PerturbationSpec {
  kind: PerturbationKind;
  /** The name its figures use. */
  name: string;
  strength: Strength;
  expect: ExpectationSpec;
  /** Where it is declared (checks[i].robustness.perturbations[j]), for messages. */
  path: (string | number)[];
}

/** How hard the search looks for each example. */
export interface SearchSettings {
  runs: number;
  timeBudgetMs?: number;
  concurrency?: number;
  maxFailures: number;
}

/** The robustness check: a minimal-edit search per example and perturbation. */
export interface RobustnessCheck {
  kind: 'robustness';
  perturbations: PerturbationSpec[];
  /** Search a seeded sample of this many scored rows (default all). */
  examples?: number;
  search: SearchSettings;
}

/** One CheckList-style template test. */
export interface TemplateTest {
  name: string;
  templates: string[];
  lexicon: Record<string, string[]>;
  /** Cases drawn per template (the test's own `sample`, or the check's). */
  sample?: number;
  /** Where that `sample` is written (the test's field or the check's). */
  samplePath?: (string | number)[];
  /** Minimum functionality: every case must get this label. */
  label?: Label;
  perturbations: PerturbationSpec[];
  path: (string | number)[];
}

/** Template tests: generated cases, each checked for its label and its perturbations. */
export interface TemplatesCheck {
  kind: 'templates';
  tests: TemplateTest[];
  search: SearchSettings;
}

/** A regression gate over candidate − baseline, with its source position. */
export interface ComparisonGate {
  name: string;
  expression: string;
  figure: string[];
  claim: ComparisonClaim;
  severity: 'blocking' | 'warning';
  line: number;
  column: number;
}

/** The suite's `comparison` block with its defaults filled in. */
export interface ComparisonSpec {
  resamples: number;
  confidence: number;
  alpha: number;
  gates: ComparisonGate[];
}
