// JSON grammar (RFC 8259, as JSON.parse accepts it) checked directly on UTF-8 bytes, without
// decoding text or building values. Bytes of 0x80 and above are accepted inside strings only:
// decoded, they never become the control characters JSON forbids there.

const MAX_DEPTH = 256;
const stack = new Uint8Array(MAX_DEPTH); // open containers: 1 array, 2 object (scratch, no reentrancy)

/**
 * The first index at or after `i` that is not JSON whitespace (space, tab, CR, LF), or `end`.
 * Example: `skipWhitespace(Buffer.from(' \t{'), 0, 3)` → `2`.
 */
export function skipWhitespace(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
  return i;
}

/**
 * The index just past the JSON string that opens at `b[i]` (a `"`), or −1 when it is not a
 * valid string before `end` (a raw control character, a bad escape, no closing quote).
 * Cost: one pass over its bytes.
 * Example: `skipJsonString(Buffer.from('"a\\n"x'), 0, 6)` → `5`.
 */
export function skipJsonString(b: Uint8Array, i: number, end: number): number {
  i++;
  while (i < end) {
    const c = b[i];
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1;
    if (c === 0x5c) {
      if (i + 1 >= end) return -1;
      const e = b[i + 1];
      if (e === 0x75 /* u */) {
        if (i + 6 > end) return -1;
        for (let k = i + 2; k < i + 6; k++) if (!isHex(b[k])) return -1;
        i += 6;
        continue;
      }
      if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return -1;
      i += 2;
      continue;
    }
    i++;
  }
  return -1;
}

/**
 * The index just past the JSON number that starts at `b[i]`, or −1 when none starts there:
 * `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. What follows is the caller's to check
 * (`01` is a number `0` followed by `1`, which no JSON context allows).
 * Example: `skipJsonNumber(Buffer.from('-1.5e3,'), 0, 7)` → `6`.
 */
export function skipJsonNumber(b: Uint8Array, i: number, end: number): number {
  if (i < end && b[i] === 0x2d) i++;
  if (i >= end) return -1;
  if (b[i] === 0x30) i++;
  else if (isDigit(b[i])) while (i < end && isDigit(b[i])) i++;
  else return -1;
  if (i < end && b[i] === 0x2e) {
    i++;
    if (i >= end || !isDigit(b[i])) return -1;
    while (i < end && isDigit(b[i])) i++;
  }
  if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
    i++;
    if (i < end && (b[i] === 0x2b || b[i] === 0x2d)) i++;
    if (i >= end || !isDigit(b[i])) return -1;
    while (i < end && isDigit(b[i])) i++;
  }
  return i;
}

/**
 * The index just past the JSON value that starts at `b[i]` (after optional whitespace), or −1
 * when there is no valid value there before `end`. Iterative; nesting deeper than 256 levels
 * also gives −1 (callers then ask JSON.parse, which decides).
 * Cost: one pass over the value's bytes, no allocation.
 * Example: `skipJsonValue(Buffer.from(' [1, {"a": null}] ,'), 0, 19)` → `17`.
 */
export function skipJsonValue(b: Uint8Array, i: number, end: number): number {
  let depth = 0;
  value: for (;;) {
    i = skipWhitespace(b, i, end);
    if (i >= end) return -1;
    const c = b[i];
    if (c === 0x7b || c === 0x5b) {
      const close = c === 0x7b ? 0x7d : 0x5d;
      i = skipWhitespace(b, i + 1, end);
      if (i < end && b[i] === close) i++;
      else {
        if (depth === MAX_DEPTH) return -1;
        stack[depth++] = c === 0x7b ? 2 : 1;
        if (c === 0x7b && (i = skipKey(b, i, end)) < 0) return -1;
        continue value;
      }
    } else if (c === 0x22) i = skipJsonString(b, i, end);
    else if (c === 0x2d || isDigit(c)) i = skipJsonNumber(b, i, end);
    else if (c === 0x74) i = literal(b, i, end, TRUE);
    else if (c === 0x66) i = literal(b, i, end, FALSE);
    else if (c === 0x6e) i = literal(b, i, end, NULL);
    else return -1;
    if (i < 0) return -1;
    // After a value: close containers or move to the next element.
    while (depth > 0) {
      i = skipWhitespace(b, i, end);
      if (i >= end) return -1;
      const object = stack[depth - 1] === 2;
      const d = b[i];
      if (d === 0x2c) {
        i++;
        if (object && (i = skipKey(b, skipWhitespace(b, i, end), end)) < 0) return -1;
        continue value;
      }
      if (d !== (object ? 0x7d : 0x5d)) return -1;
      i++;
      depth--;
    }
    return i;
  }
}

/** Past `"key" :` starting at `b[i]`, or −1. */
function skipKey(b: Uint8Array, i: number, end: number): number {
  if (i >= end || b[i] !== 0x22) return -1;
  i = skipJsonString(b, i, end);
  if (i < 0) return -1;
  i = skipWhitespace(b, i, end);
  return i < end && b[i] === 0x3a ? i + 1 : -1;
}

const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];

function literal(b: Uint8Array, i: number, end: number, word: number[]): number {
  if (i + word.length > end) return -1;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return -1;
  return i + word.length;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
