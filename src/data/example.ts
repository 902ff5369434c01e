import type { Label } from '../metrics/types.js';

/**
 * One data row after reading: the mapped fields, validated and typed, plus where it came from.
 * Every property is always present (one object shape, for speed); a role the row has no value
 * for is `undefined`.
 */
export interface Example {
  /** From the id field, or `sha1(canonical JSON of the row)` cut to 12 hex characters. */
  id: string;
  /** 1-based line of the row in the file (CSV: where the record starts; JSON array: where the element starts). */
  line: number;
  input?: unknown;
  label?: Label | Label[];
  prediction?: Label | Label[];
  score?: number;
  probabilities?: number[] | Record<string, number>;
  group?: string | number;
  /** The raw row, only with `keepRaw` (used by data-quality checks). */
  fields?: Record<string, unknown>;
}
