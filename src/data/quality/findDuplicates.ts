import type { Example } from '../example.js';
import { groupInputs, refsOf } from './inputGroups.js';
import type { NormalizeOptions } from './normalizeText.js';
import { qualityResult, type QualityFinding, type QualityResult } from './qualityResult.js';

/** Options of {@link findDuplicates}. */
export interface DuplicatesOptions {
  /** How inputs are normalized before comparing (defaults: NFKC, case folding, whitespace collapsing). */
  normalize?: NormalizeOptions;
  /** Most findings listed (default 1000); the figures count all of them. */
  maxFindings?: number;
}

/** A group of examples whose inputs are equal after normalization (two or more). */
export type DuplicateFinding = QualityFinding;

/**
 * `count`: examples repeating an earlier one (Σ (group size − 1): what deduplication would drop,
 * like pandas `duplicated(keep='first')`); `total`: examples with an input; `groups`: duplicate groups.
 */
export type DuplicatesResult = QualityResult<'duplicates', DuplicateFinding, { groups: number }>;

/**
 * Exact duplicates after normalization: groups of two or more examples whose inputs have the same
 * normalized text (non-string inputs compare by canonical JSON; missing inputs are skipped). Each
 * finding lists the group's examples by line. Cost O(total input length); one hash map.
 * Throws when `maxFindings` is invalid.
 * @example findDuplicates([{ id: 'a', line: 1, input: 'Hi' }, { id: 'b', line: 2, input: ' hi' }]).findings // [{ ids: ['a', 'b'], lines: [1, 2] }]
 */
export function findDuplicates(examples: readonly Example[], options: DuplicatesOptions = {}): DuplicatesResult {
  const g = groupInputs(examples, options.normalize);
  const findings: DuplicateFinding[] = [];
  let count = 0;
  for (let k = 0; k < g.texts.length; k++) {
    const size = g.start[k + 1] - g.start[k];
    if (size < 2) continue;
    count += size - 1;
    findings.push(refsOf(examples, g.members, g.start[k], g.start[k + 1]));
  }
  return qualityResult('duplicates', g.total, count, { groups: findings.length }, findings, options.maxFindings, []);
}
