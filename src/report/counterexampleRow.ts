import type { CounterexampleResult } from './results.js';
import { labelText } from './exampleText.js';

/** A text as segments for the report: unchanged, removed or added characters, or an elision. */
export interface DiffSegment {
  kind: 'same' | 'removed' | 'added' | 'elided';
  text: string;
}

/**
 * A minimal counterexample as a report row: the original text (removed characters marked) and
 * the perturbed one (added characters marked), the answers before and after, why it failed, and
 * the command that replays it. Cost O(diff length).
 * Example: for a diff `The [r→e]ude` → `{ original: [same 'The ', removed 'r', same 'ude'], perturbed: [same 'The ', added 'e', same 'ude'], ... }`.
 */
export function counterexampleRow(c: CounterexampleResult) {
  const diff = c.diff as DiffSegment[];
  return {
    id: c.id,
    example: c.example,
    edits: c.edits.length,
    before: labelText(c.before),
    after: labelText(c.after),
    reason: c.reason,
    original: diff.filter((d) => d.kind !== 'added'),
    perturbed: diff.filter((d) => d.kind !== 'removed'),
    replay: `evalgate replay <out> ${c.id}`,
  };
}
