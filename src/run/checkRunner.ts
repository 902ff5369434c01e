import type { Figures, Results } from '../contract/results.js';
import type { Example } from '../data/example.js';
import type { Model, Prediction } from '../models/model.js';
import type { CheckKind, CheckOf } from '../suite/checkSpec.js';
import type { Suite } from '../suite/types.js';
import type { Progress } from './progress.js';
import type { RecordWriter } from './recordWriter.js';
import type { TextChecksOutcome } from './runTextChecks.js';

/** What earlier checks of a run leave for later ones. */
export interface CheckLeftovers {
  /**
   * The model's answers on the test rows, asked once, journaled under `metrics` (the metrics and
   * robustness checks read them); the orchestrator counts those calls. With a shard filter the other
   * shards' rows answer `{ error: 'in another shard' }`.
   */
  testAnswers: () => Promise<Prediction[]>;
  /** The metrics check's detail (its positive label is the search checks'). */
  metrics?: Results['checks']['metrics'];
  /** The safety and quality checks' shared outcome: one call per example serves both. */
  text?: TextChecksOutcome;
}

/** What a check kind's runner is given. */
export interface RunContext<K extends CheckKind> {
  suite: Suite;
  /** The suite's check of this kind. */
  check: CheckOf<K>;
  /** Every example read from the data. */
  examples: readonly Example[];
  /** The model as the suite opened it (cross-validation fits it on each fold); undefined when the suite has none. */
  model?: Model;
  /** The model that is scored (fitted on the holdout's training rows when the suite trains it) and the rows it scores. */
  fitted?: { scored: Model; testRows: readonly Example[] };
  /** The holdout's train/test split, as row indices. */
  split?: { train: Uint32Array; test: Uint32Array };
  journal: RecordWriter;
  progress: (label: string, total: number) => Progress;
  /** In-process modules' batch size (the other adapters batch themselves). */
  window?: number;
  /** A shard's filter: only the examples it accepts are asked. */
  only?: (id: string) => boolean;
  left: CheckLeftovers;
}

/** What a runner hands back: its figures, its results.json detail, and how its own model calls went. */
export interface CheckOutcome<K extends CheckKind> {
  figures: Figures;
  detail?: NonNullable<Results['checks'][K]>;
  calls: number;
  errors: number;
  firstErrors: { id: string; error: string }[];
}

/**
 * One check kind's run-layer definition (src/checks/<kind>/run.ts). `stage` orders the runs (lower
 * first: the search checks reuse the metrics answers; the data checks read the holdout split);
 * `phase` says when it runs: `model` with the model's checks, `data` once the data has streamed, in
 * every suite. `withoutModel` marks the checks that score outputs as text (safety, quality): they
 * read the raw rows, and in a suite without a model they run on the data's own outputs (data.prediction).
 */
export interface CheckRunner<K extends CheckKind> {
  readonly kind: K;
  readonly stage: number;
  readonly phase: 'model' | 'data';
  readonly withoutModel?: boolean;
  run(ctx: RunContext<K>): Promise<CheckOutcome<K>>;
}
