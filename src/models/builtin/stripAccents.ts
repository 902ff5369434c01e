import { combiningMarks } from './combiningMarks.js';

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]+/g;

/** How {@link stripAccents} removes accents: scikit-learn's `strip_accents` values (`null`: keep them). */
export type StripAccents = 'unicode' | 'ascii' | null;

/**
 * Removes accents as scikit-learn's `strip_accents_unicode` / `strip_accents_ascii` do.
 * 'unicode': an all-ASCII string is returned as is; otherwise NFKD, then every code point with a
 * non-zero canonical combining class is dropped (so 'ﬁ' → 'fi', 'é' → 'e', but spacing marks of
 * class 0 such as Devanagari vowel signs stay). 'ascii': NFKD, then every non-ASCII code point is
 * dropped. `null`: unchanged. NFKD uses the JavaScript engine's Unicode tables (newer than
 * Python 3.11's 14.0; characters assigned since may differ). Cost O(length). Never throws.
 * @example stripAccents('Crème brûlée', 'unicode') // 'Creme brulee'
 */
export function stripAccents(text: string, mode: StripAccents): string {
  if (mode === null || !NON_ASCII.test(text)) return text;
  const nfkd = text.normalize('NFKD');
  return mode === 'unicode' ? nfkd.replace(combiningMarks(), '') : nfkd.replace(NON_ASCII_ALL, '');
}
