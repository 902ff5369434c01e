import { keyboardNeighbours } from './keyboard.js';
import type { Site } from './types.js';

const LETTER = /\p{L}/u;
const isLetter = (ch: string) => LETTER.test(ch);

/** Keyboard typos: each letter may become a QWERTY neighbour, case kept (HELM's typo). */
export function typoSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < text.length; i++) {
    const near = keyboardNeighbours(text[i]);
    if (near.length > 0 && isLetter(text[i])) out.push({ start: i, end: i + 1, options: near });
  }
  return out;
}

/** Adjacent swaps: two neighbouring, different letters trade places (CheckList's add_typos). */
export function swapSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i];
    const b = text[i + 1];
    if (a !== b && isLetter(a) && isLetter(b)) out.push({ start: i, end: i + 2, options: [b + a] });
  }
  return out;
}

/** Deletions: a letter or digit disappears. */
export function deleteSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < text.length; i++) if (/[\p{L}\p{N}]/u.test(text[i])) out.push({ start: i, end: i + 1, options: [''] });
  return out;
}

/** Insertions: after a letter, the same letter again or one of its keyboard neighbours (a slipped finger). */
export function insertSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < text.length; i++) {
    const near = keyboardNeighbours(text[i]);
    if (near.length > 0 && isLetter(text[i])) out.push({ start: i + 1, end: i + 1, options: [text[i], ...near] });
  }
  return out;
}

/** OCR confusions (nlpaug's and TextAttack's kind): pairs of glyphs a scanner mistakes for each other. */
export const OCR_CONFUSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['rn', ['m']], ['m', ['rn']], ['cl', ['d']], ['d', ['cl']], ['vv', ['w']], ['w', ['vv']],
  ['0', ['O', 'o']], ['O', ['0']], ['o', ['0']], ['1', ['l', 'I']], ['l', ['1', 'I']], ['I', ['l', '1']],
  ['5', ['S']], ['S', ['5']], ['8', ['B']], ['B', ['8']], ['2', ['Z']], ['Z', ['2']], ['6', ['b']], ['b', ['6']],
  ['e', ['c']], ['c', ['e']], ['g', ['9', 'q']], ['q', ['g']], ['u', ['v']], ['v', ['u']], ['h', ['b']],
];

/** OCR confusions at every place one of {@link OCR_CONFUSIONS}' glyphs occurs. */
export function ocrSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const [from, to] of OCR_CONFUSIONS) {
      if (text.startsWith(from, i)) out.push({ start: i, end: i + from.length, options: to });
    }
  }
  return out;
}
