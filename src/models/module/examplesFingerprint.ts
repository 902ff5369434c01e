import { createHash } from 'node:crypto';
import type { TrainingExample } from '../model.js';

/**
 * A short fingerprint of a training set (SHA-256 of its JSON lines, first 16 hex digits), put in a
 * fitted model's `identity.parameters.fittedOn` so that models fitted on different folds never share
 * cache entries. Order matters. Cost O(size of the examples). Throws what `JSON.stringify` throws
 * (e.g. on a BigInt). Example: `examplesFingerprint([])` → `'e3b0c44298fc1c14'`.
 */
export function examplesFingerprint(examples: readonly TrainingExample[]): string {
  const hash = createHash('sha256');
  for (const e of examples) hash.update(`${JSON.stringify({ input: e.input, label: e.label })}\n`);
  return hash.digest('hex').slice(0, 16);
}
