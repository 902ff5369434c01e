import type { Label } from '../metrics/types.js';
import type { TrimmedSegment } from '../perturb/textDiff.js';
import type { QualityDetail, SafetyDetail } from './textDetails.js';
import type { Comparison } from './comparisonResults.js';
import type { Verdict } from './verdict.js';
export type { Comparison, ComparedRun, ComparisonFigure, ComparisonGateResult } from './comparisonResults.js';

/** A gate's comparison operator. */
export type GateOp = '>=' | '>' | '<=' | '<' | '==' | '!=';

/** A blocking gate decides the verdict; a warning is reported only. */
export type GateSeverity = 'blocking' | 'warning';

/** How a figure's interval was computed. */
export type IntervalMethod = 'wilson' | 'bootstrap' | 'delong' | 'normal';

/**
 * One gate-able figure: a value and, when it has one, its confidence interval.
 * `value` is NaN when the figure is undefined on this data (written as null in results.json).
 */
export interface Figure {
  value: number;
  ci_low?: number;
  ci_high?: number;
  interval?: IntervalMethod;
  /** What a bare name stands for, e.g. `macro` for `f1`. */
  average?: string;
}

/** Figures keyed by canonical name (`f1.macro`, `recall.spam`, `accuracy`), in insertion order. */
export type Figures = Record<string, Figure>;

/** The outcome of one gate. */
export interface GateResult {
  name: string;
  expression: string;
  /** The figure read, without its statistic: `f1.macro`. */
  figure: string;
  stat: 'value' | 'ci_low' | 'ci_high';
  op: GateOp;
  threshold: number;
  severity: GateSeverity;
  /** `no_data`: the run could not complete and the figure has no answers to be computed from (see Results.error). */
  status: 'pass' | 'fail' | 'no_data';
  /** The number compared (NaN when the figure is undefined on this data). */
  value: number;
  ci_low?: number;
  ci_high?: number;
  message: string;
}

export type { GateVerdict, Verdict } from './verdict.js';

/** One model held to its max_error_rate: how its calls went. */
export interface ModelCallFailure {
  /** `model` (a one-model suite), `baseline` or `candidate` (a two-model suite). */
  role: 'model' | 'baseline' | 'candidate';
  name: string;
  calls: number;
  errors: number;
  error_rate: number;
  max_error_rate: number;
  first_error?: { id: string; error: string };
}

/** Why a run could not complete: the verdict is `error`, whatever the gates say. */
export interface RunError {
  /** Stable code: `error_rate` (a model's failed calls are above its max_error_rate). */
  reason: 'error_rate';
  /** One line for people, e.g. `40 of 40 model calls failed (100.0%, above the suite's max_error_rate of 5%): the run could not complete; first: e0: …`. */
  message: string;
  /** Each model above its max_error_rate. */
  models: ModelCallFailure[];
}

/** What cross-validation found: the per-fold table and each figure's spread across folds. */
export interface CrossValidationDetail {
  splitter: string;
  folds: number;
  repeats: number;
  shuffle: boolean;
  seed: number;
  confidence: number;
  /** One row per split: its sizes and figure values. */
  per_fold: { fold: string; train: number; test: number; errors: number; figures: Record<string, number> }[];
  warnings: string[];
}

/** Version of the results.json shape (schemas/results.schema.json). */
export const RESULTS_VERSION = 1;

/** A data row that was skipped (`on_bad_row: skip`), with why. */
export interface SkippedRowResult {
  line: number;
  field?: string;
  message: string;
}

/** The metrics check's detail beyond its figures. */
export interface MetricsDetail {
  target: 'binary' | 'multiclass' | 'multilabel';
  labels: Label[];
  /** The classes of the probability columns, in the order the data or model gave them (when probabilities were scored). */
  classes?: Label[];
  pos_label?: Label;
  /** The average that the bare `precision`, `recall`, `f1` and `fbeta` figures stand for. */
  average: string;
  zero_division: string;
  confidence: number;
  bootstrap: { resamples: number; seed: number };
  confusion_matrix?: { labels: Label[]; matrix: number[][] };
  report: { name: string; precision: number; recall: number; f1: number; support: number }[];
  curves?: {
    roc?: { fpr: number[]; tpr: number[]; thresholds: number[] };
    pr?: { precision: number[]; recall: number[]; thresholds: number[] };
    reliability?: { lower: number; upper: number; count: number; accuracy: number; confidence: number }[];
  };
  warnings: string[];
}

/**
 * Everything a run decided, derived from its records; written as results.json. Deterministic:
 * no timestamps or durations (those go to timing.json).
 */
export interface Results {
  evalgate: { version: string; results_version: number };
  suite: { name: string; file: string; sha256: string; description?: string };
  seed: number;
  data: {
    path: string;
    format: string;
    sha256: string;
    rows: number;
    examples: number;
    skipped: { count: number; rows: SkippedRowResult[] };
  };
  /** The model under test, when the suite names one, and how its calls went. */
  model?: {
    name: string;
    version?: string;
    parameters: Record<string, unknown>;
    calls: number;
    errors: number;
    error_rate: number;
    max_error_rate: number;
    first_errors: { id: string; error: string }[];
  };
  /** Per check, keyed by its name as the suite spells it (`cross-validation`, as in figure names and records). */
  checks: {
    metrics?: MetricsDetail;
    'cross-validation'?: CrossValidationDetail;
    'data-quality'?: { name: string; figures: Record<string, number>; findings: unknown[]; omitted: number; warnings: string[] }[];
    robustness?: RobustnessDetail;
    templates?: TemplatesDetail;
    safety?: SafetyDetail;
    quality?: QualityDetail;
  };
  figures: Figures;
  gates: GateResult[];
  verdict: Verdict;
  /** Present exactly when the verdict is `error`: why the run could not complete. */
  error?: RunError;
  /** Every gate, the comparison's regression gates included: passed, blocking failed, warnings, and gates with no data (an `error` run). */
  counts: { gates: number; passed: number; failed: number; warnings: number; no_data: number };
  /** Present when the run was held against a baseline (two-model suite, --baseline, evalgate compare). */
  comparison?: Comparison;
  /**
   * Present when the run read the response cache: answers it reused and answers it asked of the
   * model. The one field that depends on what earlier runs left in the cache (timing.json has it
   * too): two runs' results.json are the same byte for byte once this field is left out.
   */
  cache?: { hits: number; misses: number };
}

/** When a run started and finished, kept apart from results.json so that file stays deterministic. */
export interface Timing {
  started_at: string;
  finished_at: string;
  duration_ms: number;
  evalgate: string;
  node: string;
  /** Model answers served from the response cache, and asked of the model. */
  cache?: { hits: number; misses: number };
}

/** A minimal counterexample of the robustness search, as results.json keeps it. */
export interface CounterexampleResult {
  /** `PERTURBATION/EXAMPLE_ID`: what `evalgate replay` takes. */
  id: string;
  example: string;
  perturbation: string;
  /** fast-check's seed and counterexample path, and the edits its minimising pass kept: replays the edit script exactly. */
  seed: number;
  path: string;
  kept: number[];
  edits: { start: number; end: number; from: string; to: string }[];
  before: unknown;
  after: unknown;
  reason: string;
  /** The character-level diff; unchanged runs longer than 120 characters keep 60 on each side of an edit around an elision. */
  diff: TrimmedSegment[];
}

/** One perturbation's search over the examples. */
export interface PerturbationResult {
  name: string;
  kind: string;
  description: string;
  rate: number;
  max_edits: number;
  expect: string;
  tested: number;
  not_applicable: number;
  errors: number;
  failures: number;
  /** Examples whose search stopped at the time budget. */
  interrupted: number;
  /** The minimal counterexamples kept (fewest edits first, at most max_failures). */
  counterexamples: CounterexampleResult[];
  /** Why robust_accuracy is not computed (directional, custom) or covers some examples only (a fixed label). */
  robust_accuracy_note?: string;
}

/** The robustness check: per perturbation its counts and minimal counterexamples (figures in `figures`). */
export interface RobustnessDetail {
  runs: number;
  examples: number;
  seed: number;
  perturbations: PerturbationResult[];
}

/** The templates check: per test its cases and failures (figures in `figures`). */
export interface TemplatesDetail {
  runs: number;
  seed: number;
  tests: { name: string; templates: string[]; label?: unknown; cases: number; failures: number; failed_cases: { id: string; text: string; answer: unknown; reason: string }[]; perturbations: PerturbationResult[] }[];
}
