import type { TrimmedSegment } from '../perturb/textDiff.js';
import type { CounterexampleResult } from '../contract/results.js';
import { labelText } from './exampleText.js';
import { codePoints, visiblePieces, type VisiblePiece } from './visibleText.js';
import { replayCommand } from './shellArg.js';

/** A segment as the report shows it: its characters as visible pieces, and for an edit beyond ASCII its code points. */
export interface VisibleSegment {
  kind: TrimmedSegment['kind'];
  pieces: VisiblePiece[];
  title?: string;
}

/**
 * A diff segment made visible: in an edit every space, tab, line break and invisible character
 * becomes a marker (␣, ⇥, ⏎, ⟨U+200C ZWNJ⟩) with its code point and name as a tooltip; in
 * unchanged text all but plain spaces do. An edit with visible characters beyond ASCII gets its
 * code points as a tooltip (a Cyrillic `е` reads `U+0435`). An elision stays as it is.
 * Example: `visibleSegment({ kind: 'added', text: '\u200c' })` → `{ kind: 'added', pieces: [{ text: '⟨U+200C ZWNJ⟩', title: 'U+200C ZERO WIDTH NON-JOINER' }] }`.
 */
export function visibleSegment(d: TrimmedSegment): VisibleSegment {
  if (d.kind === 'elided') return { kind: d.kind, pieces: [{ text: d.text }] };
  const edit = d.kind !== 'same';
  const pieces = visiblePieces(d.text, { spaces: edit });
  const lookAlike = edit && pieces.some((p) => p.title === undefined && /[^\x00-\x7f]/.test(p.text));
  return { kind: d.kind, pieces, ...(lookAlike ? { title: codePoints(d.text) } : {}) };
}

/**
 * A minimal counterexample as a report row: the original text (removed characters marked) and
 * the perturbed one (added characters marked), both with invisible characters shown
 * ({@link visibleSegment}), the answers before and after, why it failed, and the command that
 * replays it from the run's output directory `outDir` (as given to `--out`, shell-quoted when
 * needed). Cost O(diff length).
 * Example: for a diff `The [r→e]ude` → `{ original: [same 'The ', removed 'r', same 'ude'], perturbed: [same 'The ', added 'e', same 'ude'], ... }` (as pieces).
 */
export function counterexampleRow(c: CounterexampleResult, outDir: string) {
  const diff = c.diff;
  return {
    id: c.id,
    example: c.example,
    edits: c.edits.length,
    before: labelText(c.before),
    after: labelText(c.after),
    reason: visiblePieces(c.reason, { spaces: false }),
    original: diff.filter((d) => d.kind !== 'added').map(visibleSegment),
    perturbed: diff.filter((d) => d.kind !== 'removed').map(visibleSegment),
    replay: replayCommand(outDir, c.id),
  };
}
