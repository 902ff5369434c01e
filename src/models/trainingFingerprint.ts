import { createHash } from 'node:crypto';
import type { TrainingExample } from './model.js';

/**
 * A short fingerprint of a training set, put in a fitted model's `identity.parameters.fittedOn` so
 * models fitted on different data (e.g. different folds) never share an identity or cache entries:
 * the first 16 hex digits of a SHA-256 over, per example, a kind-and-length prefix, the input
 * (a string as its UTF-16 code units, anything else as JSON) and the label as JSON. Order matters.
 * Pure computation, no I/O. Cost O(total size), ~50 ms for 30 MB of text. Throws what
 * `JSON.stringify` throws (e.g. on a BigInt).
 * @example trainingFingerprint([]) // 'e3b0c44298fc1c14'
 */
export function trainingFingerprint(examples: readonly TrainingExample[]): string {
  const hash = createHash('sha256');
  for (const e of examples) {
    const text = typeof e.input === 'string' ? e.input : JSON.stringify(e.input) ?? 'undefined';
    hash.update(`${typeof e.input === 'string' ? 's' : 'j'}${text.length}:`);
    hash.update(text, 'utf16le');
    hash.update(`${JSON.stringify(e.label)}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
