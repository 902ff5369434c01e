/**
 * One record per model call (or, for a predictions file, per example): the single source of truth
 * that every result derives from. DESIGN.md's shape; `null` where a field does not apply. Written by the run layer's RecordWriter, read
 * by the report; it lives here, below both.
 */
export interface EvalRecord {
  id: string;
  check: string;
  variant: string | null;
  input: unknown;
  output: unknown;
  expected: unknown;
  score: number | null;
  probabilities?: number[] | Record<string, number>;
  error: string | null;
  latency_ms: number | null;
  /** Fingerprint of the (fitted) model that answered (see modelFingerprint). */
  model?: string;
  /**
   * The text of an answer that has a label too (`output` is the label): the safety and quality
   * checks read it. Absent in records of older builds, which then replay the label alone.
   */
  text?: string;
  /**
   * `text` when the output is generated text rather than a label; `outcome` for a unit's outcome
   * record (no model call: one per example × variant of a check whose figures are not functions of
   * the answers alone, e.g. a robustness search or a safety rate), carrying `terms`.
   */
  kind?: 'text' | 'outcome';
  /**
   * Outcome records: the unit's contribution to each figure, by figure name (`[hits, of]` for a rate
   * or mean, a statistics vector for a corpus score, `[value]` for a percentile), so that the figure
   * can be recomputed, and paired, from records alone (see OutcomeTerms).
   */
  terms?: Record<string, number[]>;
  /** Outcome records: `not-applicable` or `error` when the unit was not tested (absent when it was). */
  status?: 'not-applicable' | 'error';
  /**
   * True when a secret (an environment value sent in a header, the API key), or a piece of 8 or
   * more characters of one, was replaced by `***` in the answer (`output`, `text`, probabilities'
   * labels) before it was journaled, cached or rendered. Absent otherwise.
   */
  redacted?: true;
  /** Outcome records of the fairness figures: the example's group. */
  group?: string;
}
