import { isAscii, isUtf8 } from 'node:buffer';
import { utf8Faults, utf8TailStart } from './utf8Faults.js';

/** Invalid UTF-8 met by a {@link Utf8Decoder}: its byte offset in the file and where its U+FFFD is in the text returned. */
export interface Utf8Fault {
  /** 0-based offset in the whole byte stream of the first invalid byte. */
  byte: number;
  /** Index in the text the same `write`/`end` returned of the U+FFFD standing for it. */
  index: number;
}

const NONE: readonly Utf8Fault[] = Object.freeze([]);

/**
 * Decodes UTF-8 byte chunks to text, dropping a leading BOM, and reports invalid UTF-8 instead of
 * hiding it: after each `write`/`end`, `faults` lists every invalid sequence of the bytes decoded
 * (each became one U+FFFD in the text), so readers can make the row holding it a bad row.
 * A chunk that is pure ASCII is copied as latin1 (about 5× faster than decoding); other chunks
 * are checked with `isUtf8` and only decoded piece by piece when invalid. A character split
 * between chunks is held back and completed by the next one.
 * Strings pass through untouched (for tests and callers that already decoded).
 * Example: `d.write(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3]))` → `'a'`; then
 * `d.write(Buffer.from([0xa9]))` → `'é'`; `d.write(Buffer.from([0x62, 0xff]))` → `'b\ufffd'`
 * with `d.faults` `[{ byte: 6, index: 1 }]`.
 */
export class Utf8Decoder {
  /** Invalid sequences in the bytes of the last `write` or `end` (usually empty). */
  faults: readonly Utf8Fault[] = NONE;
  private carry: Buffer | undefined; // the start of a character cut by the chunk's end
  private offset = 0; // bytes received so far
  private atStart = true;

  /** The text of `chunk` (with any character split from the previous chunk completed). */
  write(chunk: Buffer | string): string {
    this.faults = NONE;
    if (typeof chunk === 'string') return this.atStart ? this.stripBom(chunk) : chunk;
    let bytes = chunk;
    let base = this.offset;
    this.offset += chunk.length;
    if (this.carry !== undefined) {
      base -= this.carry.length;
      bytes = Buffer.concat([this.carry, chunk]);
      this.carry = undefined;
    } else if (isAscii(chunk)) {
      const text = chunk.toString('latin1');
      return this.atStart ? this.stripBom(text) : text;
    }
    const cut = utf8TailStart(bytes);
    if (cut < bytes.length) this.carry = Buffer.from(bytes.subarray(cut));
    return this.decode(bytes, cut, base);
  }

  /** The text of bytes still held (an incomplete last character is a fault and becomes U+FFFD). */
  end(): string {
    this.faults = NONE;
    const carry = this.carry;
    if (carry === undefined) return '';
    this.carry = undefined;
    return this.decode(carry, carry.length, this.offset - carry.length);
  }

  private decode(bytes: Buffer, end: number, base: number): string {
    let text: string;
    if (isUtf8(bytes.subarray(0, end))) text = bytes.toString('utf8', 0, end);
    else {
      const faults: Utf8Fault[] = [];
      const parts: string[] = [];
      let from = 0;
      let index = 0;
      for (const [at, length] of utf8Faults(bytes, 0, end)) {
        const piece = bytes.toString('utf8', from, at);
        parts.push(piece, '\ufffd');
        index += piece.length;
        faults.push({ byte: base + at, index });
        index++;
        from = at + length;
      }
      parts.push(bytes.toString('utf8', from, end));
      text = parts.join('');
      this.faults = faults;
    }
    if (!this.atStart) return text;
    const stripped = this.stripBom(text);
    if (stripped.length < text.length && this.faults.length > 0) {
      this.faults = this.faults.map((f) => ({ byte: f.byte, index: f.index - 1 }));
    }
    return stripped;
  }

  private stripBom(text: string): string {
    if (text.length === 0) return text;
    this.atStart = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/**
 * The message of a row holding invalid UTF-8 at `byte` (0-based offset in the file).
 * Example: `invalidUtf8Message(1234)` → `'invalid UTF-8 at byte 1234 of the file'`.
 */
export function invalidUtf8Message(byte: number): string {
  return `invalid UTF-8 at byte ${byte} of the file`;
}
