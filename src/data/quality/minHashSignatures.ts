import type { MinHasher } from './minHasher.js';
import type { Shingler } from './shingler.js';

/**
 * MinHash signatures of many texts, in one array: text v's signature is
 * `sigs[v · numHashes .. (v + 1) · numHashes)`; `sizes[v]` is its number of shingles (with
 * repeats; 0 for an empty text, whose signature is meaningless). Cost O(numHashes · total
 * shingles); 4 · numHashes bytes per text. Throws nothing.
 * @example minHashSignatures(['abcdef', ''], new Shingler('char', 5), new MinHasher(4, 0)).sizes // Int32Array [2, 0]
 */
export function minHashSignatures(
  texts: readonly string[],
  shingler: Shingler,
  hasher: MinHasher,
): { sigs: Int32Array; sizes: Int32Array } {
  const k = hasher.numHashes;
  const sigs = new Int32Array(texts.length * k);
  const sizes = new Int32Array(texts.length);
  for (let v = 0; v < texts.length; v++) {
    const count = shingler.hash(texts[v]);
    sizes[v] = count;
    hasher.signature(shingler.hashes, count, sigs, v * k);
  }
  return { sigs, sizes };
}
