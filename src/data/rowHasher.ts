import { hash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';

/**
 * Content ids for rows that have no id field: the first 12 hex characters of
 * `sha1(canonicalJson(row))`. Stable across runs and independent of the row's position, key
 * order and formatting. Keeps a cache of the last key layout so that flat rows with the same
 * keys (the usual case) skip the key walk and sort.
 * Cost: one `JSON.stringify` and one SHA-1 per row (about 0.5 µs on a 60-byte row).
 * Example: `new RowHasher().hash({ b: 1, a: 2 })` → `sha1('{"a":2,"b":1}')` cut to 12 characters.
 */
export class RowHasher {
  private lastKeys: string[] = [];
  private sortedKeys: string[] = [];
  private keysInOrder = true;

  /** The 12-character hex id of `row` (any JSON value; normally an object). */
  hash(row: unknown): string {
    return hash('sha1', this.canonical(row), 'hex').slice(0, 12);
  }

  /** Same text as {@link canonicalJson}, faster for flat objects with a repeated key layout. */
  canonical(row: unknown): string {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return canonicalJson(row);
    const obj = row as Record<string, unknown>;
    // Same keys in the same order as the last row? (for-in: no array allocated)
    let i = 0;
    let same = true;
    for (const k in obj) {
      const v = obj[k];
      if (typeof v === 'object' && v !== null) return canonicalJson(row);
      if (same && k !== this.lastKeys[i]) same = false;
      i++;
    }
    if (!same || i !== this.lastKeys.length) {
      const keys = Object.keys(obj);
      this.lastKeys = keys;
      this.sortedKeys = keys.slice().sort();
      this.keysInOrder = sameKeys(keys, this.sortedKeys);
    }
    return this.keysInOrder ? JSON.stringify(obj) : JSON.stringify(obj, this.sortedKeys);
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
