import type { Label } from '../metrics/types.js';

/**
 * Interns label tokens by their raw bytes: a small open-addressing hash table from a byte slice
 * to an entry holding the label it stands for (decoded once, when first met) and a code the
 * caller assigns later. Rows that repeat a label cost a hash and one byte comparison, and no
 * string. The caller hashes the slice with {@link hashByte} as it scans it.
 * Cost: O(length) per lookup; memory: the distinct slices once.
 * Example: `t.add(b, 0, 3, h, 'c1')` → `0`; then `t.find(b, 0, 3, h)` → `0` and `t.values[0]` → `'c1'`.
 */
export class ByteLabelTable {
  /** Per entry: the label (undefined when the slice cannot stand for one: the caller falls back). */
  readonly values: (Label | undefined)[] = [];
  /** Per entry: the caller's code, −1 until assigned. */
  readonly codes: number[] = [];
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly hashes: number[] = [];
  private pool = new Uint8Array(1024);
  private used = 0;
  private slots = new Int32Array(64).fill(-1);

  /** The entry of `b[start, end)` (hashed to `hash`), or −1. */
  find(b: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s];
      if (e < 0) return -1;
      if (this.hashes[e] === hash && this.lengths[e] === len && this.same(e, b, start, len)) return e;
    }
  }

  /** Adds `b[start, end)` (not present) for `value`; returns its entry. */
  add(b: Uint8Array, start: number, end: number, hash: number, value: Label | undefined): number {
    const len = end - start;
    while (this.used + len > this.pool.length) {
      const bigger = new Uint8Array(this.pool.length * 2);
      bigger.set(this.pool.subarray(0, this.used));
      this.pool = bigger;
    }
    this.pool.set(b.subarray(start, end), this.used);
    const e = this.values.length;
    this.starts.push(this.used);
    this.used += len;
    this.lengths.push(len);
    this.hashes.push(hash);
    this.values.push(value);
    this.codes.push(-1);
    if (2 * (e + 1) > this.slots.length) this.rehash();
    else this.place(e);
    return e;
  }

  private same(e: number, b: Uint8Array, start: number, len: number): boolean {
    const pool = this.pool;
    const at = this.starts[e];
    for (let k = 0; k < len; k++) if (pool[at + k] !== b[start + k]) return false;
    return true;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[e] & mask;
    while (this.slots[s] >= 0) s = (s + 1) & mask;
    this.slots[s] = e;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let e = 0; e < this.values.length; e++) this.place(e);
  }
}

/** The FNV-1a offset basis: the hash of an empty slice. */
export const HASH_START = 0x811c9dc5 | 0;

/** One FNV-1a step: the hash of a slice extended by byte `c`. Example: `hashByte(HASH_START, 0x61)` → `-468965076`. */
export function hashByte(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
