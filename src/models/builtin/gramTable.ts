import type { Growable } from './growable.js';
import { joinNgrams } from './textAnalyzer.js';
import { TokenInterner } from './tokenInterner.js';

const EMPTY = -1;

function slot(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;
}

/**
 * Interns word n-grams as integer ids without building a string per occurrence: tokens (and any
 * string given whole) through a {@link TokenInterner}, an n-gram as (id of its first n−1 tokens,
 * id of its last token) in an open-addressing table of typed arrays. A new n-gram's string (tokens
 * joined by one space, as scikit-learn's `_word_ngrams`) is built once, and equal strings share one
 * id even when they come from different token splits (possible only when a custom token pattern
 * yields tokens holding spaces), so ids map one to one onto scikit-learn's feature strings.
 * Cost O(1) expected per lookup. Never throws.
 * @example { const g = new GramTable(); const a = g.whole('aa', true), b = g.whole('bb', true); g.strings[g.extend(a, b, true)] } // 'aa bb'
 */
export class GramTable {
  readonly interner = new TokenInterner();
  private keyA = new Int32Array(1024);
  private keyB = new Int32Array(1024);
  private value = new Int32Array(1024).fill(EMPTY);
  private used = 0;
  private holdsSpaced = false;

  /** Gram id → its string. */
  get strings(): readonly string[] {
    return this.interner.strings;
  }

  /**
   * Whether a string holding a space was interned whole (a token from a custom pattern): from then
   * on an n-gram may have several token splits, so `extend` also checks strings and callers should
   * look n-grams up as whole strings.
   */
  get spaced(): boolean {
    return this.holdsSpaced;
  }

  /** Number of grams interned. */
  get size(): number {
    return this.interner.strings.length;
  }

  /** The id of a string taken whole (a token, or an n-gram string); added when absent and `create`, else −1. */
  whole(s: string, create: boolean): number {
    if (!create) return this.interner.find(s);
    if (s.includes(' ')) this.holdsSpaced = true;
    return this.interner.intern(s);
  }

  /** The id of gram `prefix` followed by token `last`; created when absent and `create`, else −1. */
  extend(prefix: number, last: number, create: boolean): number {
    const mask = this.value.length - 1;
    let p = slot(prefix, last, mask);
    for (let v = this.value[p]; v !== EMPTY; v = this.value[p]) {
      if (this.keyA[p] === prefix && this.keyB[p] === last) return v;
      p = (p + 1) & mask;
    }
    if (!create && !this.holdsSpaced) return EMPTY;
    const s = `${this.strings[prefix]} ${this.strings[last]}`;
    if (!create) return this.interner.find(s);
    const id = this.interner.intern(s);
    this.keyA[p] = prefix;
    this.keyB[p] = last;
    this.value[p] = id;
    if (++this.used * 2 > this.value.length) this.grow();
    return id;
  }

  private grow(): void {
    const { keyA, keyB, value } = this;
    const cap = value.length * 2;
    this.keyA = new Int32Array(cap);
    this.keyB = new Int32Array(cap);
    this.value = new Int32Array(cap).fill(EMPTY);
    const mask = cap - 1;
    for (let q = 0; q < value.length; q++) {
      if (value[q] === EMPTY) continue;
      let p = slot(keyA[q], keyB[q], mask);
      while (this.value[p] !== EMPTY) p = (p + 1) & mask;
      this.keyA[p] = keyA[q];
      this.keyB[p] = keyB[q];
      this.value[p] = value[q];
    }
  }
}

/**
 * Appends to `out` the gram id of every word n-gram (n in [minN, maxN]) of a document given its
 * token ids (−1 for a token unknown at predict time): unigrams when minN is 1, then n-grams chained
 * through {@link GramTable.extend} (created when `create`; an unknown n-gram is skipped, as
 * scikit-learn ignores unseen features). O(tokens · maxN). Never throws.
 * @example { const t = new GramTable(), out = new Growable(8); forEachGram(t, [t.whole('aa', true), t.whole('bb', true)], 1, 2, true, out); Array.from(out.view(), (id) => t.strings[id]) } // ['aa', 'bb', 'aa bb']
 */
export function forEachGram(table: GramTable, ids: readonly number[], minN: number, maxN: number, create: boolean, out: Growable): void {
  const n0 = ids.length;
  if (minN === 1) for (let i = 0; i < n0; i++) if (ids[i] >= 0) out.push(ids[i]);
  for (let i = 0; maxN > 1 && i < n0; i++) {
    let gram = ids[i];
    for (let n = 2; gram >= 0 && n <= maxN && i + n <= n0; n++) {
      const last = ids[i + n - 1];
      gram = last < 0 ? EMPTY : table.extend(gram, last, create);
      if (gram >= 0 && n >= minN) out.push(gram);
    }
  }
}

/**
 * Appends to `out` the gram ids of a document's n-grams built as strings (scikit-learn's
 * `_word_ngrams` exactly), for tokens that may hold spaces. O(tokens · maxN · token length).
 * Never throws.
 * @example { const t = new GramTable(), out = new Growable(8); forEachGramByString(t, ['a b', 'c'], 2, 2, true, out); t.strings[out.buf[0]] } // 'a b c'
 */
export function forEachGramByString(table: GramTable, tokens: readonly string[], minN: number, maxN: number, create: boolean, out: Growable): void {
  joinNgrams(tokens, minN, maxN, (g) => {
    const id = table.whole(g, create);
    if (id >= 0) out.push(id);
  });
}
