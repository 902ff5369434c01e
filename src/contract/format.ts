/** Formats a figure for messages: up to 4 decimals, `NaN` kept (null, as results.json writes NaN, too). */
export function fmt(v: number | undefined | null): string {
  if (v === undefined) return '—';
  if (v === null || Number.isNaN(v)) return 'NaN';
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toFixed(4)));
}

/** A number as a table's sort key: '' for NaN or absent, so such rows sort last. Example: `sortKey(NaN)` → `""`. */
export function sortKey(v: number | undefined | null): string {
  return v === undefined || v === null || Number.isNaN(v) ? '' : String(v);
}
