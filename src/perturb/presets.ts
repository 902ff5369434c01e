/** How hard a perturbation pushes: the share of its sites an edit script may touch, and a cap on edits. */
export interface Strength {
  rate: number;
  maxEdits: number;
}

/**
 * Named strengths, after HELM's typo presets (each site changed with probability 0.1 / 0.3 / 0.5):
 * here the rate bounds the share of sites one edit script may touch, and `maxEdits` caps it.
 */
export const PRESETS: Readonly<Record<'mild' | 'medium' | 'hard', Strength>> = {
  mild: { rate: 0.1, maxEdits: 3 },
  medium: { rate: 0.3, maxEdits: 8 },
  hard: { rate: 0.5, maxEdits: 20 },
};

export type PresetName = keyof typeof PRESETS;

/**
 * The most edits one script may hold for a text with `sites` sites: ⌈rate·sites⌉ (so at least 1
 * for any rate above 0), at most `maxEdits` and at most `sites`. 0 when there is no site or the
 * rate is 0: no edit, and the text counts as not applicable.
 * @example maxEditsFor(10, { rate: 0.3, maxEdits: 8 }) // 3
 */
export function maxEditsFor(sites: number, strength: Strength): number {
  if (sites === 0) return 0;
  return Math.min(sites, strength.maxEdits, Math.ceil(strength.rate * sites));
}
