import type { GateVerdict } from './verdict.js';

/** One run of a comparison: where it came from and what it evaluated. */
export interface ComparedRun {
  /** The run directory (or the stored baseline's directory). */
  dir: string;
  /** The stored baseline's name, when it is one. */
  baseline_name?: string;
  suite: string;
  suite_sha256: string;
  data_sha256: string;
  model?: string;
  examples: number;
}

/** The difference candidate − baseline of one figure, with its interval and one-sided p-values. */
export interface ComparisonFigure {
  figure: string;
  baseline: number;
  candidate: number;
  /** candidate − baseline on the paired examples (NaN when undefined). */
  delta: number;
  ci_low: number;
  ci_high: number;
  confidence: number;
  higher_is_better: boolean;
  /** One-sided p-value that the candidate is worse (H₁: it regressed). */
  p_worse: number;
  /** One-sided p-value that the candidate is better (H₁: it improved). */
  p_better: number;
  /**
   * `paired-bootstrap-cells`: confusion-matrix figures, from the joint label/prediction cells;
   * `paired-bootstrap-rows`: any other figure, resampling the paired units (examples, or example ×
   * perturbation / variant); `corrected-resampled-t`: cross-validated fold means.
   */
  test: 'paired-bootstrap-cells' | 'paired-bootstrap-rows' | 'corrected-resampled-t';
  /** Row bootstrap: the paired units resampled (those holding the figure in either run). */
  pairs?: number;
  /** Bootstrap: resamples drawn and those where δ was undefined; t-test: its statistic and df. */
  resamples?: number;
  undefined_resamples?: number;
  statistic?: number;
  df?: number;
}

/** The outcome of one regression gate. */
export interface ComparisonGateResult {
  name: string;
  expression: string;
  figure: string;
  claim: 'non-inferiority' | 'no-regression' | 'improvement';
  /** The test that judged it, in words: `paired bootstrap, 95% percentile interval of candidate − baseline`. */
  test: string;
  /** The test as a name: the figure's paired statistic, McNemar's exact test, or none (not compared). */
  method?: 'paired-bootstrap-cells' | 'paired-bootstrap-rows' | 'corrected-resampled-t' | 'mcnemar-exact' | 'none';
  /**
   * one-sided: a p-value of the one alternative the claim names (`alternative`); two-sided: a
   * two-sided interval of candidate − baseline of which the claim reads one bound (the same as a
   * one-sided test at level (1 − confidence)/2).
   */
  sidedness?: 'one-sided' | 'two-sided';
  /** One-sided tests: the alternative the p-value is of. */
  alternative?: 'candidate-worse' | 'candidate-better';
  severity: 'blocking' | 'warning';
  status: 'pass' | 'fail';
  /** Non-inferiority: the threshold the interval bound is held to, the level and the bound read. */
  threshold?: number;
  confidence?: number;
  bound?: number;
  /** Tests: α, the raw p-value, and the corrected one (Holm for blocking, Benjamini–Hochberg for warning gates). */
  alpha?: number;
  p_value?: number;
  p_adjusted?: number;
  correction?: 'holm' | 'benjamini-hochberg';
  message: string;
}

/**
 * `results.comparison`: a candidate run held against a baseline run, paired by example id and
 * variant. Rendered by the report's comparison section (forest plot of `figures`, fixed and broken
 * examples side by side), JUnit testcases and the Markdown summary.
 */
export interface Comparison {
  baseline: ComparedRun;
  candidate: ComparedRun;
  /** True when different suites or data were compared because --force said so. */
  forced: boolean;
  seed: number;
  resamples: number;
  confidence: number;
  alpha: number;
  /**
   * How the records were paired (check, variant, id): example pairs, units of outcome records
   * paired, and units present in one run only (first 100 listed: a bare id for the metrics check,
   * else `id (check variant)`), and units tested in one run but not applicable or errored in the other.
   */
  pairing: {
    paired: number;
    errors: number;
    units?: number;
    only_baseline: { count: number; ids: string[] };
    only_candidate: { count: number; ids: string[] };
    status_mismatch?: { count: number; ids: string[] };
  };
  /** McNemar's exact test on per-example correctness of the metrics check. */
  mcnemar?: {
    both_right: number;
    both_wrong: number;
    /** Baseline right, candidate wrong. */
    broken: number;
    /** Baseline wrong, candidate right. */
    fixed: number;
    statistic: number;
    /** Two-sided exact p (statsmodels' `mcnemar(exact=True)`). */
    p_value: number;
    /** One-sided exact p that the candidate is worse: P(X ≥ broken), X ~ Binomial(broken + fixed, ½). */
    p_worse?: number;
    /** One-sided exact p that the candidate is better: P(X ≥ fixed). */
    p_better?: number;
    test: 'mcnemar-exact';
    /** Up to 50 examples of each, with label and both predictions. */
    fixed_examples: { id: string; expected: unknown; baseline: unknown; candidate: unknown }[];
    broken_examples: { id: string; expected: unknown; baseline: unknown; candidate: unknown }[];
  };
  figures: ComparisonFigure[];
  gates: ComparisonGateResult[];
  verdict: GateVerdict;
  counts: { gates: number; passed: number; failed: number; warnings: number };
  warnings: string[];
}
