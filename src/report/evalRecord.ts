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
  /** `text` when the output is generated text rather than a label. */
  kind?: 'text';
}
