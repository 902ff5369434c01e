/**
 * Serialises data for a `<script type="application/json">` element so that no string in it can
 * end the element or start markup: `<`, `>`, `&`, U+2028 and U+2029 are written as `\uXXXX`
 * escapes (JSON.parse reads them back unchanged), and NaN/±Infinity as null. Cost O(size).
 * Example: `scriptJson({ a: '</script>' })` → `{"a":"\u003c/script\u003e"}`.
 */
export function scriptJson(data: unknown): string {
  const text = JSON.stringify(data, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)) ?? 'null';
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
