import type { AppliedEdit } from './types.js';

/** A piece of a character-level diff between an original and a perturbed text. */
export interface DiffSegment {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * The character-level diff of a perturbed text against its original, read off the edits that made
 * it (so it shows exactly those edits, never an alignment guess): unchanged runs, then for each
 * edit what it removed and what it added. Cost O(text length).
 * @example textDiff('cat', [{ start: 0, end: 1, from: 'c', to: 'b' }]) // [{kind:'removed',text:'c'},{kind:'added',text:'b'},{kind:'same',text:'at'}]
 */
export function textDiff(original: string, applied: readonly AppliedEdit[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let at = 0;
  for (const e of applied) {
    if (e.start > at) out.push({ kind: 'same', text: original.slice(at, e.start) });
    if (e.from !== '') out.push({ kind: 'removed', text: e.from });
    if (e.to !== '') out.push({ kind: 'added', text: e.to });
    at = e.end;
  }
  if (at < original.length) out.push({ kind: 'same', text: original.slice(at) });
  return out;
}
