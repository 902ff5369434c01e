import { InvalidInputError } from '../problem.js';
import { RowError } from './rowError.js';
import { invalidUtf8Message, type Utf8Fault } from './utf8Decoder.js';

const BEFORE = 0;
const INSIDE = 1;
const AFTER = 2;

/**
 * An incremental tokenizer for a file holding one JSON array of rows: finds the top-level
 * element boundaries (commas and the closing `]` at array depth, ignoring brackets and commas
 * inside strings, escapes included), then `JSON.parse`s each element on its own, so the file is
 * never held as one string. Each element's line is where its first character is.
 * A malformed or empty element becomes a {@link RowError} in place; a file that is not an array,
 * has text after the closing `]`, or ends before it throws `InvalidInputError` with code
 * `malformed-file`. A leading BOM is skipped; an empty or blank file yields no rows.
 * Cost: one pass over the characters outside strings (strings are skipped with `indexOf`), one
 * `JSON.parse` per element.
 * Example: `s.push('[{"a":"]"},\n{"a":2}]'); s.end()` → `s.rows` `[{a:']'},{a:2}]`, `s.lines` `[1, 2]`.
 */
export class JsonArraySplitter {
  /** Elements found so far (parsed, or RowError); the caller drains these. */
  rows: unknown[] = [];
  /** Start line of each element in {@link rows}. */
  lines: number[] = [];
  /** The JSON text of each element in {@link rows} (empty for an empty element). */
  texts: string[] = [];
  private state = BEFORE;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private inElement = false;
  private elementLine = 0;
  private parts: string[] = [];
  private commas = 0;
  private atStart = true;
  private faults: readonly Utf8Fault[] = [];
  private elementFault = -1; // byte offset of invalid UTF-8 in the open element (−1: none)

  constructor(private readonly file: string) {}

  /**
   * Feeds the next piece of text; `faults` (from Utf8Decoder) mark U+FFFDs standing for invalid
   * UTF-8: the element holding one becomes a bad row naming the byte.
   */
  push(text: string, faults: readonly Utf8Fault[] = []): void {
    this.faults = faults;
    const n = text.length;
    let i = 0;
    if (this.atStart && n > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    let start = this.inElement ? 0 : -1;
    // Inside strings, jump from one quote or backslash to the next with indexOf; these cache
    // the next '\n', '\\' and '"' at or after the position they were searched from.
    let nlAt = -1;
    let bsAt = -1;
    let qAt = -1;
    for (; i < n; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          if (text.charCodeAt(i) === 10) this.line++;
          continue;
        }
        if (bsAt < i) bsAt = indexOrEnd(text, '\\', i);
        if (qAt < i) qAt = indexOrEnd(text, '"', i);
        const stop = bsAt < qAt ? bsAt : qAt;
        if (nlAt < i) nlAt = indexOrEnd(text, '\n', i);
        while (nlAt < stop) {
          this.line++;
          nlAt = indexOrEnd(text, '\n', nlAt + 1);
        }
        i = stop; // the loop steps past the backslash or the closing quote
        if (stop === n) break; // the string goes on in the next piece
        if (stop === bsAt) escaped = true;
        else inString = false;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.line++;
        continue;
      }
      if (this.state === INSIDE) {
        if (depth === 0) {
          if (c === 44 || c === 93) {
            this.finish(text, start, i, c === 93);
            start = -1;
            if (c === 93) this.state = AFTER;
            else this.commas++;
            continue;
          }
          if (c === 32 || c === 9 || c === 13) continue;
        }
        if (start === -1) {
          start = i;
          this.inElement = true;
          this.elementLine = this.line;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if ((c === 125 || c === 93) && depth > 0) depth--;
      } else if (!(c === 32 || c === 9 || c === 13)) {
        if (this.state === BEFORE && c === 91) this.state = INSIDE;
        else if (this.state === BEFORE) this.fail(`the file must hold a JSON array of rows (found ${JSON.stringify(text[i])})`);
        else this.fail(`unexpected text after the closing "]" (${JSON.stringify(text[i])})`);
      }
    }
    if (start !== -1) {
      this.parts.push(start === 0 ? text : text.slice(start));
      this.noteFault(start, n);
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
  }

  /** Call once after the last piece; throws if the array is not closed. */
  end(): void {
    if (this.state === INSIDE) this.fail('the JSON array is not closed (missing "]")');
  }

  private finish(text: string, start: number, end: number, closing: boolean): void {
    if (!this.inElement) {
      if (!closing || this.commas > 0) {
        this.rows.push(new RowError([], closing ? 'empty element after a trailing comma' : 'empty element (two commas in a row?)'));
        this.lines.push(this.line);
        this.texts.push('');
      }
      return;
    }
    if (start !== -1) this.noteFault(start, end);
    let s = start === -1 ? '' : text.slice(start, end);
    if (this.parts.length > 0) {
      this.parts.push(s);
      s = this.parts.join('');
      this.parts = [];
    }
    let value: unknown;
    if (this.elementFault >= 0) value = new RowError([], invalidUtf8Message(this.elementFault));
    else {
      try {
        value = JSON.parse(s);
      } catch (e) {
        value = new RowError([], `malformed JSON: ${(e as Error).message}`);
      }
    }
    this.rows.push(value);
    this.lines.push(this.elementLine);
    this.texts.push(s);
    this.inElement = false;
    this.elementFault = -1;
  }

  /** Records the first fault in text[from, to) as the open element's. */
  private noteFault(from: number, to: number): void {
    if (this.elementFault >= 0) return;
    for (const f of this.faults) {
      if (f.index >= from && f.index < to) {
        this.elementFault = f.byte;
        return;
      }
    }
  }

  private fail(message: string): never {
    throw new InvalidInputError([
      { code: 'malformed-file', file: this.file, line: this.line, path: [], message },
    ]);
  }
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}
