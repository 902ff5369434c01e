import { createHash } from 'node:crypto';
import { InvalidInputError } from '../problem.js';

/** One part of a sharded run: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Whether an example id belongs to a shard: the first 32 bits of sha256(id), modulo the count,
 * equal the shard's index minus one. Deterministic across machines and runs. Cost: one hash.
 * Example: `inShard('a', { index: 1, count: 1 })` → `true`.
 */
export function inShard(id: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  return createHash('sha256').update(id).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}

/**
 * Parses `--shard I/N` (1 <= I <= N). Throws InvalidInputError (exit 2) otherwise.
 * Example: `parseShard('2/8')` → `{ index: 2, count: 8 }`.
 */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InvalidInputError([{ code: 'bad-argument', path: ['--shard'], message: `must be I/N with 1 <= I <= N, e.g. 2/8 (got '${text}')` }]);
  }
  return { index, count };
}
