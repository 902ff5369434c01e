import type { Label } from '../../metrics/types.js';
import type { Example } from '../example.js';
import { groupInputs } from './inputGroups.js';
import { labelSetKey } from './labelSetKey.js';
import type { NormalizeOptions } from './normalizeText.js';
import { qualityResult, type QualityFinding, type QualityResult } from './qualityResult.js';

/** Options of {@link findConflictingLabels}. */
export interface ConflictingLabelsOptions {
  /** How inputs are normalized before comparing (defaults: NFKC, case folding, whitespace collapsing). */
  normalize?: NormalizeOptions;
  /** Most findings listed (default 1000); the figures count all of them. */
  maxFindings?: number;
}

/**
 * One input carrying different labels: every labeled example with that normalized input, and each
 * distinct label (or label set) with how many of them carry it, in order of first line.
 */
export interface ConflictFinding extends QualityFinding {
  labels: { label: Label | Label[]; count: number }[];
}

/** `count`: labeled examples in a conflict; `total`: examples with an input and a label; `groups`: conflicting inputs. */
export type ConflictingLabelsResult = QualityResult<'conflicting_labels', ConflictFinding, { groups: number }>;

/**
 * Conflicting labels: examples whose inputs are equal after normalization but whose labels differ.
 * Labels are compared exactly (no normalization; the number 1 and the string "1" differ); an array
 * label is compared as a set (order and repeats ignored) and a scalar as a one-element set.
 * Examples without an input or a label are skipped. Cost O(total input length + labels).
 * Throws when `maxFindings` is invalid.
 * @example findConflictingLabels([{ id: 'a', line: 1, input: 'x', label: 1 }, { id: 'b', line: 2, input: 'X', label: 0 }]).count // 2
 */
export function findConflictingLabels(examples: readonly Example[], options: ConflictingLabelsOptions = {}): ConflictingLabelsResult {
  const labeled = examples.filter((e) => e.label !== undefined);
  const g = groupInputs(labeled, options.normalize);
  const findings: ConflictFinding[] = [];
  let count = 0;
  for (let k = 0; k < g.texts.length; k++) {
    const from = g.start[k];
    const to = g.start[k + 1];
    if (to - from < 2) continue;
    const first = labelSetKey(labeled[g.members[from]].label!);
    let m = from + 1;
    while (m < to && labelSetKey(labeled[g.members[m]].label!) === first) m++;
    if (m === to) continue;
    const byKey = new Map<string, { label: Label | Label[]; count: number }>();
    const ids: string[] = [];
    const lines: number[] = [];
    for (let j = from; j < to; j++) {
      const e = labeled[g.members[j]];
      const key = labelSetKey(e.label!);
      const entry = byKey.get(key);
      if (entry) entry.count++;
      else byKey.set(key, { label: Array.isArray(e.label) ? [...e.label] : (e.label as Label), count: 1 });
      ids.push(e.id);
      lines.push(e.line);
    }
    count += to - from;
    findings.push({ ids, lines, labels: [...byKey.values()] });
  }
  return qualityResult('conflicting_labels', g.total, count, { groups: findings.length }, findings, options.maxFindings, []);
}
