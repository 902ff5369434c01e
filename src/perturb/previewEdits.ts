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

/**
 * Draws `n` edit scripts of a perturbation for a text with a seed, as the search's first runs
 * would, and applies them: what `evalgate perturb` shows. Variants that change nothing are
 * skipped, so fewer than `n` may come back; none when the text has no site or the rate is 0.
 * @example previewEdits('hello', typo, PRESETS.mild, 1, 1)[0].edits.length // 1
 */
export function previewEdits(text: string, perturbation: Perturbation, strength: Strength, n: number, seed: number): PreviewVariant[] {
  const sites = perturbation.sites(text);
  const maxEdits = maxEditsFor(sites.length, strength);
  if (maxEdits === 0) return [];
  const scripts = fc.sample(editScript(sites, maxEdits), { seed, numRuns: n });
  const out: PreviewVariant[] = [];
  for (const s of scripts) {
    const { text: t, applied } = applyEdits(text, sites, s);
    if (applied.length > 0) out.push({ text: t, edits: applied, diff: textDiff(text, applied) });
  }
  return out;
}
