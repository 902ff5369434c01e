import type { Label } from '../metrics/types.js';
import type { Example } from './example.js';
import type { FieldMap } from './fieldMap.js';
import { toGroup, toId, toLabel, toProbabilities, toScore } from './fieldValues.js';
import { IdRegistry } from './idRegistry.js';
import { RowError, describeValue } from './rowError.js';
import { RowHasher } from './rowHasher.js';

/** How {@link ExampleBuilder} reads rows. */
export interface BuilderOptions {
  fields: FieldMap;
  required?: readonly (keyof FieldMap)[];
  keepRaw?: boolean;
  /** Rows are CSV records: every cell a string, `''` meaning "no value" (except for input). */
  csv?: boolean;
  labelsAsStrings?: boolean;
  /** CSV only: split label/prediction cells on this separator into multi-label arrays. */
  labelSeparator?: string;
  /** Without an id field: `'content'` (default) hashes the row; `'line'` names it `line-N`, for callers that never use ids. */
  derivedIds?: 'content' | 'line';
}

/**
 * Turns raw rows (parsed JSON objects or CSV records) into {@link Example}s for one file:
 * extracts only the mapped fields, validates them, checks that labels and predictions share one
 * type (all strings or all numbers) across the file, and assigns ids (explicit, or a content hash
 * when no id field is mapped) with duplicate detection. When an id field is mapped, every row must
 * have it (missing, null or an empty CSV cell is a bad row, never a silent hash).
 * Cost: O(mapped fields) per row, plus one SHA-1 per row without an id.
 * Never throws for bad data: returns a {@link RowError} instead.
 * Example: `new ExampleBuilder({ fields: { id: 'k', label: 'y' } }).build({ k: 1, y: 'a' }, 2)`
 * → `{ id: '1', line: 2, label: 'a' }` (the other roles `undefined`).
 */
export class ExampleBuilder {
  private readonly f: FieldMap;
  private readonly req: Record<string, boolean> = {};
  private readonly csv: boolean;
  private readonly keepRaw: boolean;
  private readonly asStrings: boolean;
  private readonly sep: string | undefined;
  /** CSV with a label separator: an empty label cell is an empty label set, not a missing value. */
  private readonly emptyLabelIsValue: boolean;
  private readonly ids = new IdRegistry();
  private readonly hasher = new RowHasher();
  private readonly lineIds: boolean;
  private labelKind: 'string' | 'number' | undefined; // fixed by the first good row with a label
  private labelKindFrom = '';
  private rowKind: 'string' | 'number' | undefined; // seen in the row being built

  constructor(opts: BuilderOptions) {
    this.f = opts.fields;
    for (const r of opts.required ?? []) this.req[r] = true;
    this.csv = opts.csv ?? false;
    this.keepRaw = opts.keepRaw ?? false;
    this.lineIds = opts.derivedIds === 'line';
    this.asStrings = (opts.labelsAsStrings ?? false) || this.csv;
    this.sep = this.csv ? opts.labelSeparator : undefined;
    this.emptyLabelIsValue = this.sep !== undefined;
  }

  /** The type every label and prediction of the file has, once a good row with a label fixed it. */
  get labelType(): 'string' | 'number' | undefined {
    return this.labelKind;
  }

  /** Fixes the label type from a good row read elsewhere (a fast reader of this file), as `build` would. */
  adoptLabelType(kind: 'string' | 'number'): void {
    if (this.labelKind !== undefined) return;
    this.labelKind = kind;
    this.labelKindFrom = 'label';
  }

  /** The example for `row` found at `line`, or why the row is bad. */
  build(row: unknown, line: number): Example | RowError {
    if (row instanceof RowError) return row;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return new RowError([], `a row must be a JSON object (got ${describeValue(row)})`);
    }
    try {
      return this.fill(row as Record<string, unknown>, line);
    } catch (e) {
      if (e instanceof RowError) return e;
      if (e instanceof RangeError) return new RowError([], `the row is nested too deeply to read (${e.message})`);
      throw e;
    }
  }

  private fill(r: Record<string, unknown>, line: number): Example {
    const f = this.f;
    const csv = this.csv;
    let input: unknown;
    let label: Label | Label[] | undefined;
    let prediction: Label | Label[] | undefined;
    let score: number | undefined;
    let probs: number[] | Record<string, number> | undefined;
    let group: string | number | undefined;
    let id: string | undefined;
    this.rowKind = undefined;
    if (f.input !== undefined) {
      const v = r[f.input];
      if (v !== undefined && v !== null && typeof v !== 'function') input = v;
      else this.missing('input', f.input);
    }
    if (f.label !== undefined) {
      const v = this.value(r, 'label', f.label, this.emptyLabelIsValue);
      if (v !== undefined) label = this.label(v, 'label', f.label);
    }
    if (f.prediction !== undefined) {
      const v = this.value(r, 'prediction', f.prediction, this.emptyLabelIsValue);
      if (v !== undefined) prediction = this.label(v, 'prediction', f.prediction);
    }
    if (f.score !== undefined) {
      const v = this.value(r, 'score', f.score);
      if (v !== undefined) score = toScore(v, 'score', f.score, csv);
    }
    if (f.probabilities !== undefined) {
      const v = this.value(r, 'probabilities', f.probabilities);
      if (v !== undefined) probs = toProbabilities(v, 'probabilities', f.probabilities, csv);
    }
    if (f.group !== undefined) {
      const v = this.value(r, 'group', f.group);
      if (v !== undefined) group = toGroup(v, f.group);
    }
    if (f.id !== undefined) {
      // A named id field is never optional: a row without it is a data bug, not a row to hash.
      const v = r[f.id];
      if (v === undefined || v === null || typeof v === 'function' || (v === '' && csv)) {
        throw new RowError([f.id], `id is missing (the suite names the id field ${JSON.stringify(f.id)}; every row must have it)`);
      }
      id = this.ids.explicit(toId(v, f.id), f.id, line);
    }
    id ??= this.lineIds ? `line-${line}` : this.ids.content(this.hasher.hash(r));
    if (this.labelKind === undefined && this.rowKind !== undefined) {
      this.labelKind = this.rowKind; // a bad row must not decide the type
      this.labelKindFrom = label !== undefined ? 'label' : 'prediction';
    }
    // One object shape for every example (absent values undefined): measurably faster than
    // adding only the present properties.
    const ex: Example = {
      id,
      line,
      input,
      label,
      prediction,
      score,
      probabilities: probs,
      group,
      fields: this.keepRaw ? r : undefined,
    };
    return ex;
  }

  /** The raw value of a non-input role, or undefined when the row has none (null, '' in CSV). */
  private value(
    r: Record<string, unknown>,
    role: keyof FieldMap,
    column: string,
    emptyIsValue = false,
  ): unknown {
    const v = r[column];
    // typeof 'function': an inherited Object.prototype member (e.g. a column named "toString").
    if (
      v === undefined ||
      v === null ||
      typeof v === 'function' ||
      (v === '' && this.csv && !emptyIsValue)
    ) {
      this.missing(role, column);
      return undefined;
    }
    return v;
  }

  private missing(role: keyof FieldMap, column: string): void {
    if (this.req[role]) throw new RowError([column], `${role} is required but missing`);
  }

  private label(v: unknown, role: string, column: string): Label | Label[] {
    const out = toLabel(v, role, column, this.csv, this.asStrings, this.sep);
    if (this.asStrings) return out;
    if (Array.isArray(out)) for (const x of out) this.checkKind(x, role, column);
    else this.checkKind(out, role, column);
    return out;
  }

  /** All labels and predictions of a file must be of one type, as scikit-learn requires. */
  private checkKind(x: Label, role: string, column: string): void {
    const kind = typeof x === 'number' ? 'number' : 'string';
    const expected = this.labelKind ?? this.rowKind;
    if (expected === kind) return;
    if (expected === undefined) {
      this.rowKind = kind;
      return;
    }
    const earlier = this.labelKind !== undefined ? `the earlier ${this.labelKindFrom}s` : 'the label of this row';
    throw new RowError(
      [column],
      `${role} must be a ${expected} like ${earlier} (got ${describeValue(x)}); ` +
        'to mix numbers and strings, read labels as strings (labelsAsStrings)',
    );
  }
}
