/**
 * The journal's records (`records.jsonl`): one per model call (or, for a predictions file, per
 * example), plus one outcome record per unit of a check whose figures are not functions of the
 * answers alone. The single source of truth every result derives from: DESIGN.md's shape, `null`
 * where a field does not apply. Written by the run layer's RecordWriter, read by the report; it
 * lives here, below both. A discriminated union on `kind`.
 */

/** The fields every record has. */
interface RecordBase {
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
   * True when a secret (an environment value sent in a header, the API key), or a piece of 8 or
   * more characters of one, was replaced by `***` in the answer (`output`, `text`, probabilities'
   * labels) before it was journaled, cached or rendered. Absent otherwise.
   */
  redacted?: true;
}

/** A model's answer that is a label (or a predictions file's row): `output` is the label. */
export interface LabelRecord extends RecordBase {
  kind?: undefined;
  /**
   * The text of an answer that has a label too (`output` is the label): the safety and quality
   * checks read it. Absent in records of older builds, which then replay the label alone.
   */
  text?: string;
}

/** A model's answer that is generated text: `output` is the text. */
export interface TextRecord extends RecordBase {
  kind: 'text';
}

/**
 * A unit's outcome (no model call): one per example × variant of a check whose figures are not
 * functions of the answers alone, e.g. a robustness search or a safety rate.
 */
export interface OutcomeRecord extends RecordBase {
  kind: 'outcome';
  /**
   * The unit's contribution to each figure, by figure name (`[hits, of]` for a rate or mean, a
   * statistics vector for a corpus score, `[value]` for a percentile), so that the figure can be
   * recomputed, and paired, from records alone (see OutcomeTerms).
   */
  terms?: Record<string, number[]>;
  /** `not-applicable` or `error` when the unit was not tested (absent when it was). */
  status?: 'not-applicable' | 'error';
  /** Outcome records of the fairness figures: the example's group. */
  group?: string;
}

/** One line of records.jsonl. */
export type EvalRecord = LabelRecord | TextRecord | OutcomeRecord;

/** A record of a model call (a label or a text answer), as opposed to an outcome record. */
export type AnswerRecord = LabelRecord | TextRecord;
