import { InvalidInputError } from '../problem.js';
import { RowError } from './rowError.js';

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
 * Cost: one pass over every character, one `JSON.parse` per element.
 * Example: `s.push('[{"a":"]"},\n{"a":2}]'); s.end()` → `s.rows` `[{a:']'},{a:2}]`, `s.lines` `[1, 2]`.
 */
export class JsonArraySplitter {
  /** Elements found so far (parsed, or RowError); the caller drains these. */
  rows: unknown[] = [];
  /** Start line of each element in {@link rows}. */
  lines: number[] = [];
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

  constructor(private readonly file: string) {}

  /** Feeds the next piece of text. */
  push(text: string): void {
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
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.line++;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
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
    if (start !== -1) this.parts.push(start === 0 ? text : text.slice(start));
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
      }
      return;
    }
    let s = start === -1 ? '' : text.slice(start, end);
    if (this.parts.length > 0) {
      this.parts.push(s);
      s = this.parts.join('');
      this.parts = [];
    }
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      value = new RowError([], `malformed JSON: ${(e as Error).message}`);
    }
    this.rows.push(value);
    this.lines.push(this.elementLine);
    this.inElement = false;
  }

  private fail(message: string): never {
    throw new InvalidInputError([
      { code: 'malformed-file', file: this.file, line: this.line, path: [], message },
    ]);
  }
}
