import fc from 'fast-check';
import { applyEdits } from './applyEdits.js';
import { editScript } from './editScript.js';
import { maxEditsFor, type Strength } from './presets.js';
import { textDiff, type DiffSegment } from './textDiff.js';
import type { AppliedEdit, Perturbation } from './types.js';

/** One previewed variant of a text. */
export interface PreviewVariant {
  text: string;
  edits: AppliedEdit[];
  diff: DiffSegment[];
}

/** How many edit scripts previewEdits draws at most for `n` distinct variants. */
export const previewDraws = (n: number): number => Math.min(n * 20 + 100, 200_000);

/**
 * The first `n` distinct variants of a text under a perturbation, from the edit scripts its search
 * would draw first with a seed: what `evalgate perturb` shows. Scripts that change nothing, or
 * that write a text already shown, are skipped (`I love it` has only two negations, so `--n 3`
 * shows two); it stops after {@link previewDraws}(n) scripts, so fewer than `n` may come back, and
 * none when the text has no site or the rate is 0. Cost O(draws · script length).
 * @example previewEdits('hello', typo, PRESETS.mild, 1, 1)[0].edits.length // 1
 */
export function previewEdits(text: string, perturbation: Perturbation, strength: Strength, n: number, seed: number): PreviewVariant[] {
  const sites = perturbation.sites(text);
  const maxEdits = maxEditsFor(sites.length, strength);
  if (maxEdits === 0) return [];
  const out: PreviewVariant[] = [];
  const seen = new Set<string>([text]);
  // fc.sample with more runs gives the same first scripts, so a larger draw extends a smaller one.
  for (const s of fc.sample(editScript(sites, maxEdits), { seed, numRuns: previewDraws(n) })) {
    const { text: t, applied } = applyEdits(text, sites, s);
    if (seen.has(t)) continue;
    seen.add(t);
    out.push({ text: t, edits: applied, diff: textDiff(text, applied) });
    if (out.length === n) break;
  }
  return out;
}
