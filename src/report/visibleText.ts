/** A piece of text to show: plain characters, or one marker standing for a character a reader could not see. */
export interface VisiblePiece {
  text: string;
  /** Set on a marker: the code point and its name (`U+200C ZERO WIDTH NON-JOINER`), for a tooltip. */
  title?: string;
}

/** Whether ordinary spaces (U+0020) are marked too: yes inside an edit, no in unchanged text. */
export interface VisibleOptions {
  spaces: boolean;
}

/** Characters with a glyph of their own: space, tab, line feed, carriage return. */
const GLYPHS: Readonly<Record<number, [glyph: string, name: string]>> = {
  0x20: ['␣', 'SPACE'],
  0x09: ['⇥', 'CHARACTER TABULATION (tab)'],
  0x0a: ['⏎', 'LINE FEED (line break)'],
  0x0d: ['␍', 'CARRIAGE RETURN'],
};

/** Invisible or look-alike-of-space characters with a short alias (Unicode's name aliases where it has one). */
const NAMED: Readonly<Record<number, [alias: string, name: string]>> = {
  0x00: ['NUL', 'NULL'],
  0x0b: ['VT', 'LINE TABULATION'],
  0x0c: ['FF', 'FORM FEED'],
  0x1b: ['ESC', 'ESCAPE'],
  0x7f: ['DEL', 'DELETE'],
  0x85: ['NEL', 'NEXT LINE'],
  0xa0: ['NBSP', 'NO-BREAK SPACE'],
  0xad: ['SHY', 'SOFT HYPHEN'],
  0x34f: ['CGJ', 'COMBINING GRAPHEME JOINER'],
  0x61c: ['ALM', 'ARABIC LETTER MARK'],
  0x115f: ['HCF', 'HANGUL CHOSEONG FILLER'],
  0x1160: ['HJF', 'HANGUL JUNGSEONG FILLER'],
  0x1680: ['OSM', 'OGHAM SPACE MARK'],
  0x180e: ['MVS', 'MONGOLIAN VOWEL SEPARATOR'],
  0x2000: ['NQSP', 'EN QUAD'],
  0x2001: ['MQSP', 'EM QUAD'],
  0x2002: ['ENSP', 'EN SPACE'],
  0x2003: ['EMSP', 'EM SPACE'],
  0x2004: ['3/MSP', 'THREE-PER-EM SPACE'],
  0x2005: ['4/MSP', 'FOUR-PER-EM SPACE'],
  0x2006: ['6/MSP', 'SIX-PER-EM SPACE'],
  0x2007: ['FSP', 'FIGURE SPACE'],
  0x2008: ['PSP', 'PUNCTUATION SPACE'],
  0x2009: ['THSP', 'THIN SPACE'],
  0x200a: ['HSP', 'HAIR SPACE'],
  0x200b: ['ZWSP', 'ZERO WIDTH SPACE'],
  0x200c: ['ZWNJ', 'ZERO WIDTH NON-JOINER'],
  0x200d: ['ZWJ', 'ZERO WIDTH JOINER'],
  0x200e: ['LRM', 'LEFT-TO-RIGHT MARK'],
  0x200f: ['RLM', 'RIGHT-TO-LEFT MARK'],
  0x2028: ['LSEP', 'LINE SEPARATOR'],
  0x2029: ['PSEP', 'PARAGRAPH SEPARATOR'],
  0x202a: ['LRE', 'LEFT-TO-RIGHT EMBEDDING'],
  0x202b: ['RLE', 'RIGHT-TO-LEFT EMBEDDING'],
  0x202c: ['PDF', 'POP DIRECTIONAL FORMATTING'],
  0x202d: ['LRO', 'LEFT-TO-RIGHT OVERRIDE'],
  0x202e: ['RLO', 'RIGHT-TO-LEFT OVERRIDE'],
  0x202f: ['NNBSP', 'NARROW NO-BREAK SPACE'],
  0x205f: ['MMSP', 'MEDIUM MATHEMATICAL SPACE'],
  0x2060: ['WJ', 'WORD JOINER'],
  0x2061: ['FA', 'FUNCTION APPLICATION'],
  0x2062: ['IT', 'INVISIBLE TIMES'],
  0x2063: ['IS', 'INVISIBLE SEPARATOR'],
  0x2064: ['IP', 'INVISIBLE PLUS'],
  0x2066: ['LRI', 'LEFT-TO-RIGHT ISOLATE'],
  0x2067: ['RLI', 'RIGHT-TO-LEFT ISOLATE'],
  0x2068: ['FSI', 'FIRST STRONG ISOLATE'],
  0x2069: ['PDI', 'POP DIRECTIONAL ISOLATE'],
  0x3000: ['IDSP', 'IDEOGRAPHIC SPACE'],
  0x3164: ['HF', 'HANGUL FILLER'],
  0xfeff: ['ZWNBSP', 'ZERO WIDTH NO-BREAK SPACE (byte order mark)'],
  0xffa0: ['HWHF', 'HALFWIDTH HANGUL FILLER'],
};

/**
 * Characters a reader cannot see or cannot tell from a plain space: controls, format characters
 * (zero-width joiners, direction marks...), every space separator, line and paragraph separators,
 * default-ignorable characters (variation selectors, fillers, tags) and unpaired surrogates.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The marker of one character, or undefined when it shows as itself. */
function markerOf(ch: string, opts: VisibleOptions): VisiblePiece | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x20 && !opts.spaces) return undefined;
  const glyph = GLYPHS[cp];
  if (glyph) return { text: glyph[0], title: `${hex(cp)} ${glyph[1]}` };
  if (!HIDDEN.test(ch)) return undefined;
  const named = NAMED[cp];
  if (named) return { text: `⟨${hex(cp)} ${named[0]}⟩`, title: `${hex(cp)} ${named[1]}` };
  const vs = cp >= 0xfe00 && cp <= 0xfe0f ? cp - 0xfe00 + 1 : cp >= 0xe0100 && cp <= 0xe01ef ? cp - 0xe0100 + 17 : 0;
  if (vs) return { text: `⟨${hex(cp)} VS${vs}⟩`, title: `${hex(cp)} VARIATION SELECTOR-${vs}` };
  const what = /\p{Cs}/u.test(ch) ? 'unpaired surrogate' : /\p{Cc}/u.test(ch) ? 'control character' : /\p{Z}/u.test(ch) ? 'space' : 'invisible character';
  return { text: `⟨${hex(cp)}⟩`, title: `${hex(cp)} (${what})` };
}

/**
 * A text as pieces a reader can see: every invisible character (zero-width joiners, direction
 * marks, controls, no-break and other unusual spaces, variation selectors...) becomes a marker
 * `⟨U+200C ZWNJ⟩`, a tab `⇥`, a line break `⏎`, a carriage return `␍`, and with `spaces` a plain
 * space `␣`; each marker carries its code point and name as `title`. Runs of other characters stay
 * as they are, in one piece. Cost O(length).
 * @example visiblePieces('a\u200cb', { spaces: false }) // [{ text: 'a' }, { text: '⟨U+200C ZWNJ⟩', title: 'U+200C ZERO WIDTH NON-JOINER' }, { text: 'b' }]
 */
export function visiblePieces(text: string, opts: VisibleOptions): VisiblePiece[] {
  const out: VisiblePiece[] = [];
  let plain = '';
  for (const ch of text) {
    const m = markerOf(ch, opts);
    if (!m) {
      plain += ch;
      continue;
    }
    if (plain) out.push({ text: plain });
    plain = '';
    out.push(m);
  }
  if (plain) out.push({ text: plain });
  return out;
}

/**
 * A text with its invisible characters written as markers, for plain-text output (the terminal,
 * Markdown): {@link visiblePieces} joined. Cost O(length).
 * @example visibleText('a\tb c', { spaces: true }) // 'a⇥b␣c'
 */
export function visibleText(text: string, opts: VisibleOptions): string {
  return visiblePieces(text, opts).map((p) => p.text).join('');
}

/**
 * The code points of a text, for a tooltip that tells look-alike letters apart (Cyrillic `е` is
 * `U+0435`). At most 16 are listed. Cost O(length).
 * @example codePoints('gr\u0435at') // 'U+0067 U+0072 U+0435 U+0061 U+0074'
 */
export function codePoints(text: string): string {
  const cps = [...text];
  const listed = cps.slice(0, 16).map((c) => hex(c.codePointAt(0)!)).join(' ');
  return cps.length > 16 ? `${listed} …` : listed;
}

/**
 * A value as JSON (a string as a string literal) in which every character {@link visiblePieces}
 * would mark (spaces aside) is a `\uXXXX` escape, so it is still valid JSON and shows what it holds.
 * @example visibleJson('a\u200cb') // '"a\\u200cb"'
 */
export function visibleJson(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).replace(/[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u007f-\u009f]/gu, (ch) =>
    ch === ' ' ? ch : [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}
