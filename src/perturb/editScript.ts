import fc from 'fast-check';
import type { Edit, Site } from './types.js';

/**
 * The fast-check arbitrary of edit scripts over a text's sites: 1 to `maxEdits` edits at distinct
 * sites, each picking an option. Shrinking only drops edits, so a failing script shrinks toward the
 * fewest edits that still fail. An edit itself does not shrink: no site or option is simpler than
 * another (the first site is merely the leftmost, the first number option the one 20 % lower), and
 * moving edits about cost about three model calls for every one spent dropping edits.
 * Throws when there is no site or `maxEdits` < 1 (callers count such texts as not applicable).
 * @example fc.sample(editScript(sites, 2), { seed: 1, numRuns: 1 }) // e.g. [[[3, 0]]]
 */
export function editScript(sites: readonly Site[], maxEdits: number): fc.Arbitrary<Edit[]> {
  if (sites.length === 0 || maxEdits < 1) throw new Error('an edit script needs at least one site and one edit');
  let options = 1;
  for (const s of sites) if (s.options.length > options) options = s.options.length;
  const edit = fc.noShrink(fc.tuple(fc.nat({ max: sites.length - 1 }), fc.nat({ max: options - 1 })));
  return fc.uniqueArray(edit, { minLength: 1, maxLength: Math.min(maxEdits, sites.length), selector: (e) => e[0] }) as fc.Arbitrary<Edit[]>;
}
