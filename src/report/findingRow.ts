import { exampleText } from './exampleText.js';

/** A data-quality finding as a report row: its ids, its lines and the rest as `key: value` text. */
export interface FindingRow {
  ids: string;
  lines: string;
  details: string[];
}

const MAX_DETAIL = 240;

/**
 * Renders a finding of any data-quality check without knowing its shape: `ids` and `lines` get
 * their own columns, every other field becomes `key: value` (lists and objects as JSON, cut at
 * 240 characters). Cost O(size of the finding).
 * Example: `findingRow({ ids: ['a', 'b'], lines: [3, 9], jaccard: 0.91 })` → `{ ids: 'a, b', lines: '3, 9', details: ['jaccard: 0.91'] }`.
 */
export function findingRow(finding: unknown): FindingRow {
  if (finding === null || typeof finding !== 'object' || Array.isArray(finding)) return { ids: '', lines: '', details: [exampleText(finding, MAX_DETAIL).text] };
  const f = finding as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x)).join(', ') : v === undefined ? '' : String(v));
  const details: string[] = [];
  for (const [key, value] of Object.entries(f)) {
    if (key === 'ids' || key === 'lines' || key === 'id' || key === 'line') continue;
    details.push(`${key}: ${exampleText(value, MAX_DETAIL).text}`);
  }
  return { ids: list(f.ids ?? f.id), lines: list(f.lines ?? f.line), details };
}
