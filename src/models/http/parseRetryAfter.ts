/**
 * The wait a `Retry-After` header asks for, in milliseconds: delay-seconds (`"120"`) or an
 * HTTP date (`"Wed, 21 Oct 2015 07:28:00 GMT"`, measured from `nowMs`; a past date is 0).
 * `undefined` for a missing or unreadable value. RFC 9110 §10.2.3. Cost O(length).
 * Example: `parseRetryAfter('1', 0)` → `1000`.
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[A-Za-z]/.test(text)) return undefined; // "1.5", "-3": not a delay-seconds nor a date
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
