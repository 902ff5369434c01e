/** Formats a figure for messages: up to 4 decimals, `NaN` kept. */
export function fmt(v: number | undefined): string {
  if (v === undefined) return '—';
  if (Number.isNaN(v)) return 'NaN';
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toFixed(4)));
}
