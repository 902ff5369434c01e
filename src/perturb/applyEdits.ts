import type { AppliedEdit, Edit, Site } from './types.js';

/**
 * Applies an edit script to a text: each edit replaces its site's span with one of the site's
 * options (option index modulo their count). Edits are applied in order of position; an edit whose
 * span overlaps one already applied, or that would change nothing, is skipped, so `applied` lists
 * exactly the edits that made the new text. Cost O(text length + edits²) (scripts are short).
 * @example applyEdits('cat', [{ start: 0, end: 1, options: ['b'] }], [[0, 0]]).text // 'bat'
 */
export function applyEdits(text: string, sites: readonly Site[], edits: readonly Edit[]): { text: string; applied: AppliedEdit[] } {
  const applied: AppliedEdit[] = [];
  return { text: compose(text, sites, edits, applied), applied };
}

/**
 * The text of {@link applyEdits} alone, without the list of applied edits: what the search asks
 * of every script it draws, at half the cost.
 * @example perturbedText('cat', [{ start: 0, end: 1, options: ['b'] }], [[0, 0]]) // 'bat'
 */
export function perturbedText(text: string, sites: readonly Site[], edits: readonly Edit[]): string {
  return compose(text, sites, edits, undefined);
}

function compose(text: string, sites: readonly Site[], edits: readonly Edit[], applied: AppliedEdit[] | undefined): string {
  // The edits that change something, by (start, end): insertion sort, as scripts are short.
  const chosen: { site: Site; to: string }[] = [];
  for (const [s, o] of edits) {
    const site = sites[s % sites.length];
    if (site === undefined || site.options.length === 0) continue;
    const to = site.options[o % site.options.length];
    if (to.length === site.end - site.start && text.startsWith(to, site.start)) continue;
    const item = { site, to };
    let j = chosen.length;
    chosen.push(item);
    for (; j > 0; j--) {
      const prev = chosen[j - 1].site;
      if (prev.start < site.start || (prev.start === site.start && prev.end <= site.end)) break;
      chosen[j] = chosen[j - 1];
    }
    chosen[j] = item;
  }
  let out = '';
  let at = 0;
  let atCp = 0;
  let lastStart = -1;
  let lastEnd = -1;
  for (const { site, to } of chosen) {
    const { start, end } = site;
    // Spans that overlap, or two insertions at one point, would make the edit count ambiguous.
    if (start < lastEnd || (start === end && start === lastStart)) continue;
    out += text.slice(at, start) + to;
    if (applied) {
      const start_cp = atCp + codePointCount(text, at, start);
      const end_cp = start_cp + codePointCount(text, start, end);
      applied.push({ start, end, from: text.slice(start, end), to, start_cp, end_cp });
      atCp = end_cp;
    }
    at = end;
    lastStart = start;
    lastEnd = end;
  }
  return out + text.slice(at);
}

/**
 * How many code points `text.slice(0, to)` has more than `text.slice(0, from)`: the UTF-16 units in
 * between less one per surrogate pair whose low half is among them (a lone surrogate counts as one).
 */
function codePointCount(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = Math.max(from, 1); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}
