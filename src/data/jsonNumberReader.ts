import { skipJsonNumber } from './skipJsonValue.js';

/** Exact powers of ten: every 10^k for k ≤ 22 is a double without rounding. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Reads a JSON number from UTF-8 bytes to the same double JSON.parse gives. Numbers of at most
 * 15 digits without an exponent take Clinger's fast path: the digits as an integer m < 2^53 and
 * the fraction length k ≤ 22 are both exact doubles, so m / 10^k is one correctly rounded IEEE
 * division, the correctly rounded value of the decimal, which is what JSON.parse returns.
 * Anything else goes through `Number` on the number's text (also correctly rounded).
 * `-0` stays −0. Cost: one pass over the digits, no string for short decimals.
 * Example: `r.read(Buffer.from('0.731,'), 0, 6)` → `5`, then `r.value` → `0.731`.
 */
export class JsonNumberReader {
  /** The value of the last number read. */
  value = 0;

  /** The index just past the number starting at `b[i]` (its value in `value`), or −1 if none starts there. */
  read(b: Buffer, i: number, end: number): number {
    const start = i;
    let negative = false;
    if (i < end && b[i] === 0x2d) {
      negative = true;
      i++;
    }
    let m = 0;
    let digits = 0;
    let fraction = 0;
    let c = 0;
    while (i < end && (c = b[i]) >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      i++;
    }
    if (digits === 0 || (digits > 1 && b[start + (negative ? 1 : 0)] === 0x30)) return this.slow(b, start, end);
    if (i < end && b[i] === 0x2e) {
      i++;
      while (i < end && (c = b[i]) >= 0x30 && c <= 0x39) {
        m = m * 10 + (c - 0x30);
        digits++;
        fraction++;
        i++;
      }
      if (fraction === 0) return -1;
    }
    if ((i < end && (b[i] === 0x65 || b[i] === 0x45)) || digits > 15) return this.slow(b, start, end);
    const v = fraction === 0 ? m : m / POW10[fraction];
    this.value = negative ? -v : v;
    return i;
  }

  private slow(b: Buffer, start: number, end: number): number {
    const i = skipJsonNumber(b, start, end);
    if (i < 0) return -1;
    this.value = Number(b.toString('latin1', start, i));
    return i;
  }
}
