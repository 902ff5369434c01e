/**
 * The invalid stretches of UTF-8 in `b[start, end)` as the WHATWG decoder sees them (each
 * maximal subpart of an ill-formed sequence, which a decoder turns into one U+FFFD), as
 * `[at, length]` pairs; an incomplete sequence at `end` counts as invalid. Empty for valid text.
 * Cost: one pass over the bytes; callers run it only after `isUtf8` said no.
 * Example: `utf8Faults(Buffer.from([0x61, 0xff, 0xe2, 0x82, 0x62]), 0, 5)` → `[[1, 1], [2, 2]]`.
 */
export function utf8Faults(b: Uint8Array, start: number, end: number): [at: number, length: number][] {
  const out: [number, number][] = [];
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    let j = i + 1;
    let k = 0;
    while (k < need && j < end && b[j] >= lo && b[j] <= hi) {
      lo = 0x80;
      hi = 0xbf;
      j++;
      k++;
    }
    if (need === 0 || k < need) out.push([i, j - i]);
    i = j;
  }
  return out;
}

/**
 * Where a UTF-8 sequence cut off by the end of `b` starts (so it can be completed by the next
 * chunk), or `b.length` when the bytes end on a character boundary.
 * Example: `utf8TailStart(Buffer.from([0x61, 0xe2, 0x82]))` → `1`.
 */
export function utf8TailStart(b: Uint8Array): number {
  const n = b.length;
  for (let p = n - 1; p >= 0 && p >= n - 3; p--) {
    const c = b[p];
    if (c < 0x80) return n;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
      return n - p - 1 < need ? p : n;
    }
  }
  return n;
}
