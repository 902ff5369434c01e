/**
 * One line of records.jsonl as the report reads it (the journal's shape, seen from the report
 * layer, which does not import the run layer that writes it).
 */
export interface ReportRecord {
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
}
