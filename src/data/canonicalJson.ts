/**
 * JSON text of `value` with the keys of every object sorted (UTF-16 code-unit order) and no
 * whitespace, so that two rows with the same content give the same text whatever their key
 * order or formatting. Numbers are rendered as `JSON.stringify` does (`1.0` → `1`).
 * Cost: one walk to collect keys, one sort, one native `JSON.stringify`.
 * Throws a `TypeError` on cyclic values (never produced by a parser).
 * Example: `canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })` → `{"a":[{"c":3,"d":2}],"b":1}`.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const keys = new Set<string>();
  collectKeys(value, keys);
  // A replacer array both filters and orders the keys of every object, nested ones included;
  // it holds every key seen at any depth, so nothing is filtered out.
  return JSON.stringify(value, [...keys].sort());
}

function collectKeys(value: object, keys: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'object' && v !== null) collectKeys(v, keys);
    return;
  }
  for (const k of Object.keys(value)) {
    keys.add(k);
    const v = (value as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null) collectKeys(v, keys);
  }
}
