import { isUtf8 } from 'node:buffer';
import { ByteLabelTable, HASH_START, hashByte } from './byteLabelTable.js';
import { JsonNumberReader } from './jsonNumberReader.js';
import { skipJsonString, skipJsonValue, skipWhitespace } from './skipJsonValue.js';

/** The top-level keys a {@link ScoreLineScanner} picks out (distinct ASCII names). */
export interface ScoreLineKeys {
  label: string;
  prediction?: string;
  score?: string;
  probabilities?: string;
}

const LABEL = 0;
const PREDICTION = 1;
const SCORE = 2;
const PROBABILITIES = 3;

/**
 * Reads one JSONL line of a predictions file straight from its bytes: checks the whole line
 * against the JSON grammar, keeps only the mapped top-level keys (the last of duplicates, as
 * JSON.parse does) and turns label and prediction tokens into entries of a {@link ByteLabelTable}
 * (a string or a number label), the score into a number in [0, 1] and the probabilities into an
 * array of numbers in [0, 1]. `scan` returns false for any line it does not fully vouch for:
 * invalid JSON, not an object, a mapped key missing or null or of another type, a score out of
 * range, an escape inside a key, nesting deeper than 256 levels. The caller then reads that line
 * with JSON.parse and the general row checks, so the outcome is the same either way.
 * Cost: one pass over the line's bytes; no string or object per line (an array per line only
 * for probabilities).
 * Example: `s.scan(Buffer.from('{"label":"a","score":0.5}'), 0, 25)` → `true`, `s.score` → `0.5`.
 */
export class ScoreLineScanner {
  /** The label tokens met so far. */
  readonly labels = new ByteLabelTable();
  /** After a successful scan: the table entries of the label and the prediction (−1: not mapped). */
  label = -1;
  prediction = -1;
  score = 0;
  probabilities: number[] | undefined;
  private readonly keys: (Uint8Array | undefined)[];
  private readonly need: number;
  private readonly num = new JsonNumberReader();
  private entry = -1; // the table entry of the last label token read

  constructor(keys: ScoreLineKeys) {
    const names = [keys.label, keys.prediction, keys.score, keys.probabilities];
    this.keys = names.map((k) => (k === undefined ? undefined : Buffer.from(k, 'latin1')));
    this.need = names.reduce((m, k, slot) => (k === undefined ? m : m | (1 << slot)), 0);
  }

  /** True when `b[start, end)` is a line this scanner read completely (the results in its fields). */
  scan(b: Buffer, start: number, end: number): boolean {
    let i = skipWhitespace(b, start, end);
    if (i >= end || b[i] !== 0x7b) return false;
    i = skipWhitespace(b, i + 1, end);
    let seen = 0;
    this.probabilities = undefined;
    if (i < end && b[i] !== 0x7d) {
      for (;;) {
        if (i >= end || b[i] !== 0x22) return false;
        const ks = ++i;
        let c = 0;
        while (i < end && (c = b[i]) !== 0x22) {
          if (c === 0x5c || c < 0x20) return false;
          i++;
        }
        if (i >= end) return false;
        const slot = this.slotOf(b, ks, i);
        i = skipWhitespace(b, i + 1, end);
        if (i >= end || b[i] !== 0x3a) return false;
        i = skipWhitespace(b, i + 1, end);
        if (slot < 0) i = skipJsonValue(b, i, end);
        else if (slot <= PREDICTION) {
          const e = this.labelToken(b, i, end);
          if (e < 0) return false;
          if (slot === LABEL) this.label = this.entry;
          else this.prediction = this.entry;
          i = e;
        } else if (slot === SCORE) {
          i = this.num.read(b, i, end);
          const v = this.num.value;
          if (i < 0 || !(v >= 0 && v <= 1)) return false;
          this.score = v;
        } else i = this.probabilityArray(b, i, end);
        if (i < 0) return false;
        if (slot >= 0) seen |= 1 << slot;
        i = skipWhitespace(b, i, end);
        if (i >= end) return false;
        if (b[i] === 0x7d) break;
        if (b[i] !== 0x2c) return false;
        i = skipWhitespace(b, i + 1, end);
      }
    }
    if (i >= end || b[i] !== 0x7d || skipWhitespace(b, i + 1, end) !== end) return false;
    if ((seen & this.need) !== this.need) return false;
    if (this.keys[PREDICTION] === undefined) this.prediction = -1;
    return true;
  }

  /** Past the string or number label at `b[i]` (its table entry in `entry`), or −1. */
  private labelToken(b: Buffer, i: number, end: number): number {
    const t = this.labels;
    const c0 = b[i];
    let h = hashByte(HASH_START, c0);
    let j = i + 1;
    if (c0 === 0x22) {
      let c = 0;
      while (j < end && (c = b[j]) !== 0x22 && c !== 0x5c && c >= 0x20 && c < 0x80) {
        h = hashByte(h, c);
        j++;
      }
      if (j < end && c === 0x22) {
        let e = t.find(b, i, j, h);
        if (e < 0) e = t.add(b, i, j, h, b.toString('latin1', i + 1, j));
        this.entry = e;
        return j + 1;
      }
      // Escapes or non-ASCII bytes: the raw slice is the key; JSON.parse decodes it once.
      const k = skipJsonString(b, i, end);
      if (k < 0) return -1;
      for (; j < k - 1; j++) h = hashByte(h, b[j]);
      let e = t.find(b, i, k - 1, h);
      if (e < 0) {
        e = t.add(b, i, k - 1, h, isUtf8(b.subarray(i, k)) ? (JSON.parse(b.toString('utf8', i, k)) as string) : undefined);
      }
      this.entry = e;
      return t.values[e] === undefined ? -1 : k;
    }
    if (c0 !== 0x2d && !(c0 >= 0x30 && c0 <= 0x39)) return -1;
    const k = this.num.read(b, i, end);
    if (k < 0 || !Number.isFinite(this.num.value)) return -1; // 1e999: the general path names it
    for (; j < k; j++) h = hashByte(h, b[j]);
    let e = t.find(b, i, k, h);
    if (e < 0) e = t.add(b, i, k, h, this.num.value);
    this.entry = e;
    return k;
  }

  /** Past a non-empty array of numbers in [0, 1] at `b[i]` (kept in `probabilities`), or −1. */
  private probabilityArray(b: Buffer, i: number, end: number): number {
    if (b[i] !== 0x5b) return -1;
    const out: number[] = [];
    i = skipWhitespace(b, i + 1, end);
    for (;;) {
      i = this.num.read(b, i, end);
      const v = this.num.value;
      if (i < 0 || !(v >= 0 && v <= 1)) return -1;
      out.push(v);
      i = skipWhitespace(b, i, end);
      if (i >= end) return -1;
      if (b[i] === 0x5d) break;
      if (b[i] !== 0x2c) return -1;
      i = skipWhitespace(b, i + 1, end);
    }
    this.probabilities = out;
    return i + 1;
  }

  private slotOf(b: Uint8Array, start: number, end: number): number {
    const len = end - start;
    for (let slot = 0; slot < 4; slot++) {
      const k = this.keys[slot];
      if (k === undefined || k.length !== len) continue;
      let same = true;
      for (let x = 0; x < len; x++) {
        if (k[x] !== b[start + x]) {
          same = false;
          break;
        }
      }
      if (same) return slot;
    }
    return -1;
  }
}
