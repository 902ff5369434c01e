import { exampleText } from './exampleText.js';
import { fmt } from '../contract/format.js';

/** A data-quality finding as a report row: its ids, its lines and the rest as `key: value` text. */
export interface FindingRow {
  ids: string;
  lines: string;
  details: string[];
}

const MAX_DETAIL = 240;

/**
 * A finding's field as text a person reads: numbers to at most 4 decimals (0.8076644974692697 →
 * 0.8077), lists joined with `, `, objects as `(key: value; key: value)`, strings as they are.
 * Cost O(size of the value). Example: `detailText([{ ids: ['a', 'b'], jaccard: 0.91234 }])` → `'(ids: a, b; jaccard: 0.9123)'`.
 */
export function detailText(value: unknown): string {
  if (typeof value === 'number') return fmt(value);
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(detailText).join(', ');
  if (typeof value === 'object') return `(${Object.entries(value).map(([k, v]) => `${k}: ${detailText(v)}`).join('; ')})`;
  return String(value);
}

/**
 * Renders a finding of any data-quality check without knowing its shape: `ids` and `lines` get
 * their own columns, every other field becomes `key: value` ({@link detailText}: numbers rounded
 * to 4 decimals, lists and objects readable, never raw JSON; cut at 240 characters). Cost O(size of the finding).
 * Example: `findingRow({ ids: ['a', 'b'], lines: [3, 9], jaccard: 0.91 })` → `{ ids: 'a, b', lines: '3, 9', details: ['jaccard: 0.91'] }`.
 */
export function findingRow(finding: unknown): FindingRow {
  if (finding === null || typeof finding !== 'object' || Array.isArray(finding)) return { ids: '', lines: '', details: [exampleText(detailText(finding), MAX_DETAIL).text] };
  const f = finding as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x)).join(', ') : v === undefined ? '' : String(v));
  const details: string[] = [];
  for (const [key, value] of Object.entries(f)) {
    if (key === 'ids' || key === 'lines' || key === 'id' || key === 'line') continue;
    details.push(`${key}: ${exampleText(detailText(value), MAX_DETAIL).text}`);
  }
  return { ids: list(f.ids ?? f.id), lines: list(f.lines ?? f.line), details };
}
