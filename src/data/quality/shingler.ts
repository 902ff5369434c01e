import { isWhitespace } from './isWhitespace.js';
import { murmurHash3Words } from './murmurHash3.js';

/** Shingles of characters (Unicode code points) or of whitespace-separated words. */
export type ShingleKind = 'char' | 'word';

const UNCLEAN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/**
 * Cuts texts into shingles: every run of `size` consecutive code points (char) or words (word,
 * joined by one space); a text shorter than `size` (but not empty) is one shingle, the whole
 * text; an empty text has none. {@link hash} gives each shingle's MurmurHash3 x86_32 (seed 0)
 * of its UTF-32LE code points into a reused buffer; {@link set} gives the exact shingle strings.
 * Cost O(length · size) per text. The constructor throws unless `size` is a positive integer.
 * @example new Shingler('char', 3).set('abcab') // Set { 'abc', 'bca', 'cab' }
 */
export class Shingler {
  /** The hashes written by the last {@link hash} call (as int32; repeats kept). */
  hashes = new Int32Array(256);
  /** Code points of the last text cut, and the UTF-16 offset of each (plus the length at the end). */
  private cps = new Int32Array(256);
  private offsets = new Int32Array(257);
  /** Unit u (code point or word) spans code points [starts[u], ends[u]). */
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);

  constructor(
    readonly kind: ShingleKind,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`shingle size must be a positive integer (got ${size})`);
  }

  /** Fills {@link hashes} with the hash of each shingle of `text`; returns how many. */
  hash(text: string): number {
    const units = this.cut(this.kind === 'word' ? wordText(text) : text);
    if (units === 0) return 0;
    const count = units < this.size ? 1 : units - this.size + 1;
    if (count > this.hashes.length) this.hashes = new Int32Array(Math.max(count, this.hashes.length * 2));
    const span = Math.min(this.size, units) - 1;
    const { starts, ends, hashes, cps } = this;
    for (let s = 0; s < count; s++) hashes[s] = murmurHash3Words(cps, starts[s], ends[s + span] - starts[s], 0) | 0;
    return count;
  }

  /** The set of shingle strings of `text` (for the exact Jaccard similarity). */
  set(text: string): Set<string> {
    const t = this.kind === 'word' ? wordText(text) : text;
    const units = this.cut(t);
    const out = new Set<string>();
    if (units === 0) return out;
    const count = units < this.size ? 1 : units - this.size + 1;
    const span = Math.min(this.size, units) - 1;
    for (let s = 0; s < count; s++) out.add(t.slice(this.offsets[this.starts[s]], this.offsets[this.ends[s + span]]));
    return out;
  }

  /** Reads the code points of `t` and the bounds of each unit; returns the unit count. */
  private cut(t: string): number {
    if (this.cps.length < t.length) {
      const size = Math.max(t.length, this.cps.length * 2);
      this.cps = new Int32Array(size);
      this.offsets = new Int32Array(size + 1);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
    }
    const { cps, offsets, starts, ends } = this;
    let p = 0;
    for (let i = 0; i < t.length; i++) {
      offsets[p] = i;
      let c = t.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < t.length) {
        const d = t.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      cps[p++] = c;
    }
    offsets[p] = t.length;
    if (this.kind === 'char') {
      for (let u = 0; u < p; u++) {
        starts[u] = u;
        ends[u] = u + 1;
      }
      return p;
    }
    let n = 0;
    let inWord = false;
    for (let u = 0; u < p; u++) {
      if (cps[u] === 0x20) {
        if (inWord) ends[n++] = u;
        inWord = false;
      } else if (!inWord) {
        starts[n] = u;
        inWord = true;
      }
    }
    if (inWord) ends[n++] = p;
    return n;
  }
}

/** The text with whitespace runs turned into one space and the ends trimmed (itself when already so). */
function wordText(text: string): string {
  if (!UNCLEAN_SPACE.test(text)) return text;
  const parts: string[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWhitespace(text.charCodeAt(i));
    if (space && from >= 0) {
      parts.push(text.slice(from, i));
      from = -1;
    } else if (!space && from < 0) from = i;
  }
  return parts.join(' ');
}
