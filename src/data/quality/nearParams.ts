import { lshBands } from './lshBands.js';

/** Options of the MinHash near-duplicate search (near-duplicates and near leakage). */
export interface NearOptions {
  /** Shingles of characters (Unicode code points) or of words (whitespace-separated). Default 'char'. */
  shingle?: 'char' | 'word';
  /** Characters or words per shingle. Default 5 for characters, 3 for words. */
  shingleSize?: number;
  /** Smallest exact Jaccard similarity of the shingle sets that makes two texts near-duplicates. Default 0.8. */
  threshold?: number;
  /** MinHash functions (signature length). Default 64. */
  numHashes?: number;
  /** LSH bands; default chosen from the threshold by {@link lshBands}. */
  bands?: number;
  /** Seed of the MinHash functions (through `seedFrom(seed, 'minhash')`). Default 0. */
  seed?: number;
  /** Most candidate pairs examined before the search stops with a warning. Default 5,000,000. */
  maxComparisons?: number;
}

/** {@link NearOptions} with every default filled in and checked, recorded in the results. */
export interface NearParams {
  shingle: 'char' | 'word';
  shingleSize: number;
  threshold: number;
  numHashes: number;
  bands: number;
  rows: number;
  seed: number;
  maxComparisons: number;
}

function positiveInteger(value: number, name: string, max = 2 ** 31 - 1): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name} must be an integer between 1 and ${max} (got ${value})`);
  return value;
}

/**
 * Fills in and checks the near-duplicate options. O(numHashes). Throws a plain Error naming the
 * bad option: shingle not 'char'/'word', shingleSize or numHashes not a positive integer,
 * threshold outside (0, 1], seed not an integer in [0, 2^32 − 1], maxComparisons negative.
 * @example nearParams().rows // 4
 */
export function nearParams(options: NearOptions = {}): NearParams {
  const shingle = options.shingle ?? 'char';
  if (shingle !== 'char' && shingle !== 'word') throw new Error(`shingle must be 'char' or 'word' (got ${JSON.stringify(shingle)})`);
  const shingleSize = positiveInteger(options.shingleSize ?? (shingle === 'char' ? 5 : 3), 'shingleSize', 1024);
  const threshold = options.threshold ?? 0.8;
  if (!(typeof threshold === 'number' && threshold > 0 && threshold <= 1)) throw new Error(`threshold must be a number in (0, 1] (got ${threshold})`);
  const numHashes = positiveInteger(options.numHashes ?? 64, 'numHashes', 4096);
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be an integer between 0 and 2**32 - 1 (got ${seed})`);
  const maxComparisons = options.maxComparisons ?? 5_000_000;
  if (!(maxComparisons === Infinity || (Number.isInteger(maxComparisons) && maxComparisons >= 0))) {
    throw new Error(`maxComparisons must be a non-negative integer or Infinity (got ${maxComparisons})`);
  }
  const { bands, rows } = lshBands(threshold, numHashes, options.bands);
  return { shingle, shingleSize, threshold, numHashes, bands, rows, seed, maxComparisons };
}
