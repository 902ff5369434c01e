/**
 * Names the kind of a value for an error message: `null`, `an array`, `a string`, `an object`, …
 * Cost O(1). Never throws. Example: `describeValue([1])` → `'an array'`.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
