/**
 * JSON text of `value` (shared by data ids and the model response cache) with the keys of every object sorted (UTF-16 code-unit order) and no
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
  // it holds every key seen at any depth, so nothing is filtered out. It reads keys with a
  // plain get, so an object lacking an own "__proto__" would show Object.prototype's: that
  // rare key takes the slow path.
  if (keys.has('__proto__')) return slow(value);
  return JSON.stringify(value, [...keys].sort());
}

function slow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : slow(x))).join(',')}]`;
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'null';
  const o = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(o).sort()) {
    if (o[k] !== undefined) parts.push(`${JSON.stringify(k)}:${slow(o[k])}`);
  }
  return `{${parts.join(',')}}`;
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
