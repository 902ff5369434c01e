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
export function textDiff(original: string, applied: readonly Pick<AppliedEdit, 'start' | 'end' | 'from' | 'to'>[]): DiffSegment[] {
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

/** A diff segment, or the elision that stands for a long unchanged run. */
export type TrimmedSegment = DiffSegment | { kind: 'elided'; text: string };

/**
 * A diff with its long unchanged runs shortened: a run longer than `2 · context` UTF-16 units keeps
 * `context` on each side that touches an edit (none before the first edit, none after the last)
 * around an elision `[N characters]`. A cut never splits a surrogate pair. Cost O(diff length).
 * @example elideDiff([{ kind: 'added', text: 'x' }, { kind: 'same', text: 'a'.repeat(200) }], 60) // [added 'x', same 'a'×60, elided '[140 characters]']
 */
export function elideDiff(diff: readonly DiffSegment[], context = 60): TrimmedSegment[] {
  return diff.flatMap((seg, i): TrimmedSegment[] => {
    if (seg.kind !== 'same' || seg.text.length <= 2 * context) return [seg];
    const t = seg.text;
    let headEnd = i === 0 ? 0 : context;
    if (headEnd > 0 && isHighSurrogate(t.charCodeAt(headEnd - 1))) headEnd++;
    let tailStart = i === diff.length - 1 ? t.length : t.length - context;
    if (tailStart < t.length && isHighSurrogate(t.charCodeAt(tailStart - 1))) tailStart--;
    return [
      ...(headEnd > 0 ? [{ kind: 'same' as const, text: t.slice(0, headEnd) }] : []),
      { kind: 'elided' as const, text: `[${tailStart - headEnd} characters]` },
      ...(tailStart < t.length ? [{ kind: 'same' as const, text: t.slice(tailStart) }] : []),
    ];
  });
}

const isHighSurrogate = (u: number) => u >= 0xd800 && u <= 0xdbff;
