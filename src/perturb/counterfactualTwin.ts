import { applyEdits } from './applyEdits.js';
import { nameSites } from './entities.js';
import { genderSites } from './gender.js';
import type { Edit, Lexicons } from './types.js';

/** A stable index for a word (32-bit FNV-1a of its UTF-16 units). */
function wordIndex(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The counterfactual twin of a text for fairness checks: every gendered term and pronoun swapped
 * for its counterpart (he → she, his → her or hers, her → his or him by the next word, father →
 * mother), and every first name on the name lists swapped for a name of the other gender list,
 * the same name for the same name (picked by a hash of it), case kept; a name is never swapped for
 * a word (see nameSites), and a capitalised word used as a name is swapped as a name (`I met Guy`
 * → a female name, not `Gal`). The `gender` and
 * `name-gender` perturbations applied at every site at once. A text with no such word comes back
 * unchanged. Cost O(length).
 * @example counterfactualTwin('He called his father', lexicons) // 'She called her mother'
 */
export function counterfactualTwin(text: string, lexicons: Pick<Lexicons, 'femaleNames' | 'maleNames'>): string {
  const names = nameSites(text, lexicons, true);
  const terms = genderSites(text).filter((g) => !names.some((n) => n.start < g.end && g.start < n.end)); // `I met Guy`: a name, not `Gal`
  const sites = [...terms, ...names].sort((a, b) => a.start - b.start);
  const edits: Edit[] = sites.map((s, i) => [i, s.options.length > 2 ? wordIndex(text.slice(s.start, s.end)) % s.options.length : 0]);
  return applyEdits(text, sites, edits).text;
}
