/** The most code points of an input a report shows; the whole input stays in records.jsonl. */
export const MAX_SHOWN_CHARS = 600;

/**
 * A record's value as text for the report: strings as they are, other values as JSON, null as
 * empty; cut at `max` code points with an ellipsis (`cut` says so). Cost O(length).
 * Example: `exampleText({ a: 1 })` → `{ text: '{"a":1}', cut: false }`.
 */
export function exampleText(value: unknown, max = MAX_SHOWN_CHARS): { text: string; cut: boolean } {
  const full = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  if (full.length <= max) return { text: full, cut: false };
  const cps = [...full];
  if (cps.length <= max) return { text: full, cut: false };
  return { text: `${cps.slice(0, max).join('')}…`, cut: true };
}

/** A label (or a multi-label list) as text. Example: `labelText(['b', 'a'])` → `"a, b"`. */
export function labelText(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => String(v)).sort().join(', ');
  return value === null || value === undefined ? '' : String(value);
}
