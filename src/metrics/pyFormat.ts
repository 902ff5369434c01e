import type { Label } from './types.js';

import { pyFloatRepr } from '../stats/pyFloatRepr.js';
export { pyFloatRepr };

/**
 * Python's `format(x, '.{digits}f')`: correctly rounded with ties to even (JavaScript's
 * `toFixed` breaks exact ties away from zero), `nan`/`inf` spelled as Python does. O(digits).
 *
 * @example pyFixed(0.125, 2) // '0.12'
 */
export function pyFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (ax >= 1e21) return (neg ? '-' : '') + BigInt(ax).toString() + (digits > 0 ? '.' + '0'.repeat(digits) : '');
  let s = ax.toFixed(digits);
  // toFixed rounds an exact tie up; Python keeps the even neighbour.
  const extra = Math.min(100, digits + 40);
  const long = ax.toFixed(extra);
  const cut = long.length - (extra - digits);
  if (long[cut] === '5' && /^0*$/.test(long.slice(cut + 1))) {
    const kept = digits === 0 ? long.slice(0, cut - 1) : long.slice(0, cut);
    const last = Number(kept[kept.length - 1]);
    if (last % 2 === 0) s = kept;
  }
  return (neg ? '-' : '') + s;
}

/**
 * Python's `str()` of a label as sklearn prints it (`"%s" % label`): strings unchanged, integral
 * numbers without a decimal point (numpy integer arrays), other numbers as `repr(float)`.
 *
 * @example pyStr(2) // '2'
 */
export function pyStr(label: Label): string {
  if (typeof label === 'string') return label;
  return Number.isInteger(label) ? String(label) : pyFloatRepr(label);
}

/**
 * Python's `repr()` of a label: strings quoted as Python quotes them, numbers as {@link pyStr}.
 *
 * @example pyRepr("it's") // "\"it's\""
 */
export function pyRepr(label: Label | null): string {
  if (label === null) return 'None';
  if (typeof label !== 'string') return pyStr(label);
  const quote = label.includes("'") && !label.includes('"') ? '"' : "'";
  let body = '';
  for (const ch of label) {
    if (ch === '\\') body += '\\\\';
    else if (ch === quote) body += '\\' + ch;
    else if (ch === '\n') body += '\\n';
    else if (ch === '\r') body += '\\r';
    else if (ch === '\t') body += '\\t';
    else body += ch;
  }
  return quote + body + quote;
}

/**
 * numpy's `str()` of a 1-D label array, as sklearn interpolates it into messages: `[0 1]`,
 * `[ 1 10]` (integers right-aligned to a common width), `['a' 'b']`.
 *
 * @example numpyArrayStr(['a', 'b']) // "['a' 'b']"
 */
export function numpyArrayStr(labels: readonly Label[]): string {
  const items = labels.map(pyRepr);
  if (labels.length > 0 && typeof labels[0] === 'number') {
    const width = Math.max(...items.map((s) => s.length));
    return `[${items.map((s) => s.padStart(width)).join(' ')}]`;
  }
  return `[${items.join(' ')}]`;
}
