import type { ParsedDocument } from './parseDocument.js';
import type { FigureRef } from './figureRef.js';
import type { Check, Suite } from './types.js';

/** The name of a check kind as a suite spells it: `metrics`, `cross-validation`, ... */
export type CheckKind = Check['kind'];

/** The normalized check of one kind. */
export type CheckOf<K extends CheckKind> = Extract<Check, { kind: K }>;

/** A gate figure resolved against what the suite computes, or why it is not computed (with names to suggest). */
export type FigureResolution = { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] };

/**
 * Reports one problem of a suite, located at `path` in the suite file (at its key when `key`);
 * `code` defaults to `rule`.
 */
export type RuleAt = (path: (string | number)[], message: string, code?: string, key?: boolean) => void;

/** What a kind's rules are given: the suite, every check of the kind with its index in `checks` (first one first), a sink for problems. */
export interface RuleContext<C extends Check> {
  suite: Suite;
  doc: ParsedDocument;
  /** Every check of this kind in the suite, in order (there is at least one; more than one is a problem the rules report). */
  checks: { check: C; index: number }[];
  at: RuleAt;
}

/**
 * What the data decides about a run's figure names: the labels the metrics report (results.json
 * `checks.metrics.labels`), the target type (`checks.metrics.target`), and what the model or the
 * data gives besides labels (a score per row, a probability per class, or nothing).
 */
export interface FigureData {
  labels: readonly string[];
  target: 'binary' | 'multiclass' | 'multilabel';
  scores: 'score' | 'probabilities' | 'none';
}

/**
 * One check kind's suite-layer definition (src/checks/<kind>/spec.ts): the semantic rules a schema
 * cannot state, and the figures it computes (gate validation reads them).
 */
export interface CheckSpec<K extends CheckKind> {
  readonly kind: K;
  /** True when the kind scores the model under test on rows it was not trained on (a builtin model then needs data.holdout). */
  readonly scoresModel: boolean;
  /** True for the kind that resolves every gate root no other kind claims (the metrics check: its names are open-ended). */
  readonly fallback?: boolean;
  /** Whether a gate figure whose first segment is `root` belongs to this kind (whether or not the suite has the check). */
  claims(root: string): boolean;
  /** The first segments of the figures the suite's check of this kind computes (offered as "did you mean" candidates). */
  roots(check: CheckOf<K>): string[];
  /**
   * Resolves a gate's figure path claimed by this kind against the suite's check of this kind
   * (undefined when the suite has none). `candidates` are every root the suite computes.
   */
  resolveFigure(path: readonly string[], check: CheckOf<K> | undefined, suite: Pick<Suite, 'checks' | 'model'>, candidates: string[]): FigureResolution;
  /**
   * Every figure name the suite's check of this kind produces on data like `data` (concrete names:
   * labels, perturbations, tests and scorers filled in). A test runs each kind and holds the
   * figures it produces to this list, both ways (test/checks/figureCatalog.test.ts).
   */
  figureNames(check: CheckOf<K>, suite: Pick<Suite, 'checks' | 'model' | 'data'>, data: FigureData): string[];
  /** Reports the problems of the suite's checks of this kind (called only when the suite has one). */
  rules(ctx: RuleContext<CheckOf<K>>): void;
}
