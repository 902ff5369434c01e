/** How texts are normalized before they are compared (duplicates, conflicting labels, leakage, near-duplicates). */
export interface NormalizeOptions {
  /** Unicode NFKC (compatibility composition: `ﬁ` → `fi`, full-width `Ａ` → `A`). Default true. */
  nfkc?: boolean;
  /**
   * Case folding as lower(upper(lower(text))), which folds `ß`/`ẞ` → `ss`, `ς` → `σ`, `ǅ` → `ǆ`
   * like Unicode full case folding (and, unlike it, dotless `ı` → `i`). Default true.
   */
  caseFold?: boolean;
  /** Runs of whitespace (JavaScript `\s`: Unicode White_Space and line terminators) become one space; ends are trimmed. Default true. */
  collapseWhitespace?: boolean;
  /** Deletes Unicode punctuation (`\p{P}`: `.,;:!?'"-_()[]{}` and the like; symbols such as `$+<=>` stay). Default false. */
  stripPunctuation?: boolean;
}

const PUNCTUATION = /\p{P}+/gu;
const WHITESPACE = /\s+/g;
const UNCLEAN_SPACE = /^\s|\s$|\s\s|[^\S ]/;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The comparison form of a text. Steps, in order: NFKC; case folding (then NFKC again, as
 * Unicode's NFKC_Casefold does, since folding can un-normalize); punctuation deletion; whitespace
 * collapsing and trimming. Two texts that differ only in what the enabled steps remove map to the
 * same string. Cost O(length). Throws nothing.
 * @example normalizeText('  Straße\u00a0\uFF21  ') // 'strasse a'
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const nfkc = options.nfkc ?? true;
  const ascii = ASCII.test(text); // ASCII is NFKC already, and its case folding is toLowerCase
  let s = nfkc && !ascii ? text.normalize('NFKC') : text;
  if (options.caseFold ?? true) {
    if (ascii) s = s.toLowerCase();
    else {
      s = s.toLowerCase().toUpperCase().toLowerCase();
      if (nfkc) s = s.normalize('NFKC');
    }
  }
  if (options.stripPunctuation ?? false) s = s.replace(PUNCTUATION, '');
  if ((options.collapseWhitespace ?? true) && UNCLEAN_SPACE.test(s)) s = s.replace(WHITESPACE, ' ').trim();
  return s;
}
