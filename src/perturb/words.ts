/** A word of a text: its span and text. */
export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of a text (runs of letters and digits, with inner apostrophes: `don't` is one word),
 * in order. Cost O(length).
 * @example wordSpans("I don't").map((w) => w.text) // ['I', "don't"]
 */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * Gives `replacement` the case pattern of `original`: all upper, capitalised, or as it is.
 * @example matchCase('Hello', 'world') // 'World'
 */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Whether a text has anything a perturbation could work on: a letter or a digit. */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
