import { HASH_START } from './tokenInterner.js';

/** Python's `\w` for str patterns: letters, numbers (all of \p{N}) and `_`. */
const WORD = /^[\p{L}\p{N}_]$/u;
let bmp: Uint8Array | undefined;
const astral = new Map<number, boolean>();

/** 1 for each UTF-16 code unit (surrogates excluded) that is a `\w` character; built once (~65k tests). */
function bmpTable(): Uint8Array {
  if (bmp) return bmp;
  bmp = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if ((c < 0xd800 || c > 0xdfff) && WORD.test(String.fromCharCode(c))) bmp[c] = 1;
  return bmp;
}

function isAstralWord(cp: number): boolean {
  let w = astral.get(cp);
  if (w === undefined) {
    w = WORD.test(String.fromCodePoint(cp));
    astral.set(cp, w);
  }
  return w;
}

/**
 * Calls `visit(start, end, hash)` for every maximal run `text[start, end)` of at least `minLength`
 * code points that are Python `\w` characters (letters, numbers, underscore), left to right:
 * exactly the matches of `re.findall(r'\b\w{2,}\b')` for minLength 2 (scikit-learn's default token
 * pattern). `hash` is the run's FNV-1a hash (see hashRange). A table-driven scan over UTF-16 code
 * units (astral characters, rare, tested once each); allocates nothing. O(length). Never throws.
 * @example { const s: number[][] = []; forEachWordSpan('Hi, é_1 a 😀 𝐀𝐁', 2, (a, b) => s.push([a, b])); s } // [[0, 2], [4, 7], [13, 17]]
 */
export function forEachWordSpan(text: string, minLength: number, visit: (start: number, end: number, hash: number) => void): void {
  const table = bmpTable();
  const n = text.length;
  let start = -1;
  let points = 0;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    let word = false;
    let c = 0;
    let d = -1;
    if (i < n) {
      c = text.charCodeAt(i);
      if (c < 0xd800 || c > 0xdfff) word = table[c] === 1;
      else if (c < 0xdc00 && i + 1 < n) {
        d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) word = isAstralWord(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
      }
    }
    if (word) {
      if (start < 0) {
        start = i;
        points = 0;
        h = HASH_START;
      }
      points++;
      h = Math.imul(h ^ c, 0x01000193);
      if (d >= 0) {
        h = Math.imul(h ^ d, 0x01000193);
        i++;
      }
    } else if (start >= 0) {
      if (points >= minLength) visit(start, i, h);
      start = -1;
    }
  }
}

/**
 * {@link forEachWordSpan} passing each run as a string.
 * @example { const t: string[] = []; forEachWordRun('Hi, é_1 a 😀 𝐀𝐁', 2, (s) => t.push(s)); t } // ['Hi', 'é_1', '𝐀𝐁']
 */
export function forEachWordRun(text: string, minLength: number, visit: (token: string) => void): void {
  forEachWordSpan(text, minLength, (start, end) => visit(text.slice(start, end)));
}
