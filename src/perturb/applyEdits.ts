import type { AppliedEdit, Edit, Site } from './types.js';

/**
 * Applies an edit script to a text: each edit replaces its site's span with one of the site's
 * options (option index modulo their count). Edits are applied in order of position; an edit whose
 * span overlaps one already applied, or that would change nothing, is skipped, so `applied` lists
 * exactly the edits that made the new text. Cost O(text length + edits·log edits).
 * @example applyEdits('cat', [{ start: 0, end: 1, options: ['b'] }], [[0, 0]]).text // 'bat'
 */
export function applyEdits(text: string, sites: readonly Site[], edits: readonly Edit[]): { text: string; applied: AppliedEdit[] } {
  const chosen: AppliedEdit[] = [];
  for (const [s, o] of edits) {
    const site = sites[s % sites.length];
    if (site === undefined || site.options.length === 0) continue;
    const to = site.options[o % site.options.length];
    const from = text.slice(site.start, site.end);
    if (to === from) continue;
    chosen.push({ start: site.start, end: site.end, from, to });
  }
  chosen.sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: AppliedEdit[] = [];
  let out = '';
  let at = 0;
  let lastStart = -1;
  let lastEnd = -1;
  for (const e of chosen) {
    // Spans that overlap, or two insertions at one point, would make the edit count ambiguous.
    if (e.start < lastEnd || (e.start === e.end && e.start === lastStart)) continue;
    out += text.slice(at, e.start) + e.to;
    at = e.end;
    lastStart = e.start;
    lastEnd = e.end;
    applied.push(e);
  }
  return { text: out + text.slice(at), applied };
}
