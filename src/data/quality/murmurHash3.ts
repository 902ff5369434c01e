/**
 * MurmurHash3 x86_32 (Austin Appleby, SMHasher), the 32-bit hash the near-duplicate search uses
 * for shingles and LSH band keys. Strings are hashed as their UTF-8 bytes (a lone surrogate as
 * U+FFFD, as `TextEncoder` does), so values equal Python's `mmh3.hash(s, seed, signed=False)`.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mixBlock(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, C2);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number, k: number, length: number): number {
  if ((length & 3) !== 0) {
    k = Math.imul(k, C1);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, C2);
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MurmurHash3 x86_32 of the UTF-8 bytes of `text.slice(start, end)` (UTF-16 offsets), without
 * building the slice. Cost O(end − start), no allocation. Throws nothing (bad bounds are clamped).
 * @example murmurHash3Range('xxHello, world!', 2, 15, 0x9747b28c) // 0x24884cba
 */
export function murmurHash3Range(text: string, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  let k = 0;
  let n = 0;
  const stop = Math.min(end, text.length);
  for (let i = Math.max(0, start); i < stop; i++) {
    let c = text.charCodeAt(i);
    let bytes: number;
    let count: number;
    if (c < 0x80) {
      bytes = c;
      count = 1;
    } else if (c < 0x800) {
      bytes = (0xc0 | (c >>> 6)) | ((0x80 | (c & 63)) << 8);
      count = 2;
    } else {
      if (c >= 0xd800 && c < 0xe000) {
        const d = i + 1 < stop ? text.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          bytes = (0xf0 | (cp >>> 18)) | ((0x80 | ((cp >>> 12) & 63)) << 8) | ((0x80 | ((cp >>> 6) & 63)) << 16) | ((0x80 | (cp & 63)) << 24);
          count = 4;
          for (let j = 0; j < count; j++) {
            k |= ((bytes >>> (j << 3)) & 0xff) << ((n & 3) << 3);
            if ((++n & 3) === 0) {
              h = mixBlock(h, k);
              k = 0;
            }
          }
          continue;
        }
        c = 0xfffd;
      }
      bytes = (0xe0 | (c >>> 12)) | ((0x80 | ((c >>> 6) & 63)) << 8) | ((0x80 | (c & 63)) << 16);
      count = 3;
    }
    for (let j = 0; j < count; j++) {
      k |= ((bytes >>> (j << 3)) & 0xff) << ((n & 3) << 3);
      if ((++n & 3) === 0) {
        h = mixBlock(h, k);
        k = 0;
      }
    }
  }
  return finish(h, k, n);
}

/**
 * MurmurHash3 x86_32 of the UTF-8 bytes of `text` (SMHasher's reference; `mmh3.hash(text, seed,
 * signed=False)`). Cost O(length), no allocation.
 * @example murmurHash3('The quick brown fox jumps over the lazy dog', 0x9747b28c) // 0x2fa826cd
 */
export function murmurHash3(text: string, seed = 0): number {
  return murmurHash3Range(text, 0, text.length, seed);
}

/**
 * MurmurHash3 x86_32 of `count` 32-bit words read from `words` at `offset`, each taken as 4
 * little-endian bytes (the hash of the words' raw bytes). Used for LSH band keys. O(count).
 * @example murmurHash3Words(new Int32Array([0]), 0, 1, 0) // 0x2362f9de (the hash of four zero bytes)
 */
export function murmurHash3Words(words: Int32Array | Uint32Array, offset: number, count: number, seed = 0): number {
  let h = seed | 0;
  for (let i = offset, end = offset + count; i < end; i++) h = mixBlock(h, words[i] | 0);
  return finish(h, 0, count << 2);
}
