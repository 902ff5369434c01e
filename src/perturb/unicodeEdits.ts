import type { Site } from './types.js';

/** The invisible characters a zero-width edit inserts: ZWSP, ZWNJ, ZWJ, word joiner, BOM. */
export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** Homoglyphs: a character becomes one that looks the same (a Cyrillic `а` for a Latin `a`...). */
export function homoglyphSites(text: string, table: ReadonlyMap<string, readonly string[]>): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < text.length; i++) {
    const look = table.get(text[i]);
    if (look && look.length > 0) out.push({ start: i, end: i + 1, options: look });
  }
  return out;
}

/** Zero-width characters slipped in between two visible characters of a word. */
export function zeroWidthSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 1; i < text.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i])) out.push({ start: i, end: i, options: ZERO_WIDTH });
  }
  return out;
}

/** Accent stripping: a letter with diacritics loses them (`é` → `e`). */
export function accentSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < text.length; i++) {
    const base = text[i].normalize('NFD').replace(/\p{M}+/gu, '');
    if (base !== text[i] && base.length > 0) out.push({ start: i, end: i + 1, options: [base] });
  }
  return out;
}
