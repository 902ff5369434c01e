import type { TrimmedSegment } from '../perturb/textDiff.js';
import { visibleText } from '../report/visibleText.js';

/**
 * A diff as one line for the terminal: removed characters as `[-…-]`, added ones as `{+…+}`,
 * elisions as they are; invisible characters become markers (`⟨U+200C ZWNJ⟩`, `⇥`, `⏎`), and so
 * do spaces inside an edit (`␣`). `only` keeps the segments of one side: `'original'` drops the
 * additions, `'perturbed'` the removals. Cost O(diff length).
 * @example markedDiff([{ kind: 'same', text: 'a' }, { kind: 'added', text: ' ' }]) // 'a{+␣+}'
 */
export function markedDiff(diff: readonly TrimmedSegment[], only?: 'original' | 'perturbed'): string {
  let out = '';
  for (const d of diff) {
    if ((only === 'original' && d.kind === 'added') || (only === 'perturbed' && d.kind === 'removed')) continue;
    if (d.kind === 'elided') out += d.text;
    else if (d.kind === 'same') out += visibleText(d.text, { spaces: false });
    else {
      const t = visibleText(d.text, { spaces: true });
      out += d.kind === 'removed' ? `[-${t}-]` : `{+${t}+}`;
    }
  }
  return out;
}
