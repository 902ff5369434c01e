import type { Site } from './types.js';

const SPACE_OPTIONS = ['  ', '   ', '\t', '\n', ' \n '];
const MARKS = ['.', '!', '?'];

/** Whitespace: each run of spaces may grow or become a tab or line break (HELM's space), and the text may gain leading or trailing whitespace. */
export function whitespaceSites(text: string): Site[] {
  const out: Site[] = [{ start: 0, end: 0, options: [' ', '\n', '\t'] }];
  for (const m of text.matchAll(/ +/g)) out.push({ start: m.index, end: m.index + m[0].length, options: SPACE_OPTIONS });
  out.push({ start: text.length, end: text.length, options: [' ', '\n', '  '] });
  return out;
}

/** Punctuation: a mark is stripped, a comma added after a word, or the final mark changed or added. */
export function punctuationSites(text: string): Site[] {
  const out: Site[] = [];
  const trimmed = text.replace(/\s+$/u, '');
  const end = trimmed.length;
  const finalMark = end > 0 && MARKS.includes(trimmed[end - 1]);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (finalMark && i === end - 1) continue;
    if (/[\p{P}]/u.test(ch) && !/['’-]/u.test(ch)) out.push({ start: i, end: i + 1, options: [''] });
    else if (/[\p{L}\p{N}]/u.test(ch) && i + 1 < end && text[i + 1] === ' ') out.push({ start: i + 1, end: i + 1, options: [','] });
  }
  if (finalMark) out.push({ start: end - 1, end, options: ['', ...MARKS.filter((m) => m !== trimmed[end - 1]), '!!!'] });
  else if (end > 0) out.push({ start: end, end, options: MARKS });
  return out;
}
