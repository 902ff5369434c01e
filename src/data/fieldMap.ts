/**
 * Which column (CSV) or key (JSON/JSONL) of a data row holds each role of an {@link Example}.
 * Names are top-level keys only (no dotted paths). A mapped column that a CSV header lacks is an
 * error; in JSON rows a mapped key that is absent (or `null`) means "no value" for that row.
 */
export interface FieldMap {
  /** The model input (any JSON value; a string for text models and always a string in CSV). */
  input?: string;
  /** Expected label: a scalar, or an array for multi-label. */
  label?: string;
  /** A prediction already made (score files): scalar or array. */
  prediction?: string;
  /** One probability in [0, 1] (binary: of the positive label; multiclass: confidence of the prediction). */
  score?: string;
  /** One probability per class: an array (in the order of `classes`) or an object `{label: p}`. */
  probabilities?: string;
  /** Group key (for group k-fold and per-group breakdowns): a string or a number. */
  group?: string;
  /** Example id: a string or a number (stored as a string). Absent → a hash of the row. */
  id?: string;
}

/** The roles a {@link FieldMap} can map, in the order rows are validated. */
export const FIELD_ROLES: readonly (keyof FieldMap)[] = [
  'input',
  'label',
  'prediction',
  'score',
  'probabilities',
  'group',
  'id',
];
