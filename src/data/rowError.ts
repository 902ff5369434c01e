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
  ) {}
}

/**
 * A short rendering of a value for messages: JSON, cut to 60 characters.
 * Example: `describeValue("abc")` → `"abc"`; `describeValue(undefined)` → `nothing`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
