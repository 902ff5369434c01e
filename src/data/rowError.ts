/**
 * Why one data row is bad: the path to the offending field (the column name, or `[]` for the
 * whole row) and a message such as `score must be a number in [0, 1] (got "abc")`.
 * Deliberately not an `Error`: bad rows may be counted by the million in skip mode, and a stack
 * trace per row would be wasted. It is thrown only inside src/data and always caught there.
 */
export class RowError {
  constructor(
    readonly path: (string | number)[],
    readonly message: string,
    /**
     * Set when the offending value is a number JSON.parse made non-finite (`1e999` → Infinity):
     * where it sits inside the field's value (`[]` the value itself, `[2]` its third element)
     * and the message without its `(got …)` part, so a reader holding the row's text can name
     * the number as written (see {@link rowErrorMessage}).
     */
    readonly nonFinite?: { at: (string | number)[]; prefix: string },
  ) {}
}

/**
 * A RowError for a non-finite number `v` (JSON.parse's Infinity for `1e999`) at `at` inside the
 * value of `column`: `${prefix} (got Infinity)` until a reader recovers the text as written.
 * Example: `nonFiniteError('score', [], 'score must be a finite number in [0, 1]', Infinity).message`
 * → `'score must be a finite number in [0, 1] (got Infinity)'`.
 */
export function nonFiniteError(column: string, at: (string | number)[], prefix: string, v: number): RowError {
  return new RowError([column], `${prefix} (got ${String(v)})`, { at, prefix });
}

/**
 * A short rendering of a value for messages: JSON, cut to 60 characters.
 * Example: `describeValue("abc")` → `"abc"`; `describeValue(undefined)` → `nothing`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value); // not JSON's null
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
