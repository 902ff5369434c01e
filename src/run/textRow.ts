import type { Example } from '../data/example.js';
import type { Label } from '../metrics/types.js';
import type { Prediction } from '../models/model.js';
import { PROBE_CATEGORIES, type ProbeCategory } from '../suite/textCheckTypes.js';

/** One example with the model's answer, as the safety and quality scorers read it. */
export interface TextRow {
  id: string;
  input: unknown;
  /** The answer's text (or its label as text); undefined when the call failed. */
  output?: string;
  /** The predicted label, for classifiers. */
  predicted?: Label | Label[];
  /** The example's label (the expected answer). */
  expected?: Label | Label[];
  category: ProbeCategory;
  /** The raw data row. */
  fields: Record<string, unknown>;
  group?: string;
  latencyMs?: number;
}

/** A row of the scorers from an example and its answer; `categoryField` names the probe-category field. */
export function textRowOf(ex: Example, answer: Prediction, categoryField: string | undefined): TextRow {
  const fields = ex.fields ?? {};
  const raw = categoryField !== undefined ? fields[categoryField] : undefined;
  const category = (PROBE_CATEGORIES as readonly string[]).includes(String(raw)) ? (String(raw) as ProbeCategory) : 'other';
  const output = answer.error !== undefined ? undefined : (answer.text ?? (answer.label !== undefined ? (Array.isArray(answer.label) ? answer.label.join(',') : String(answer.label)) : ''));
  return {
    id: ex.id,
    input: ex.input,
    ...(output !== undefined ? { output } : {}),
    ...(answer.label !== undefined ? { predicted: answer.label } : {}),
    ...(ex.label !== undefined ? { expected: ex.label } : {}),
    category,
    fields,
    ...(ex.group !== undefined ? { group: String(ex.group) } : {}),
    ...(answer.latencyMs !== undefined ? { latencyMs: answer.latencyMs } : {}),
  };
}
