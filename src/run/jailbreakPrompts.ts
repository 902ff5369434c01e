import { seedFrom } from '../cv/seedFrom.js';
import type { Example } from '../data/example.js';
import { makePerturbation } from '../perturb/catalog.js';
import { previewEdits } from '../perturb/previewEdits.js';
import type { Lexicons, Perturbation } from '../perturb/types.js';
import { encodeJailbreak } from '../safety/encodeJailbreak.js';
import { jailbreakVariants, type JailbreakVariant } from '../suite/jailbreakVariants.js';
import type { SafetyCheck } from '../suite/textCheckTypes.js';

/** Edit scripts drawn per prompt before a perturbation counts as not applicable to it. */
const DRAWS = 10;

/** The prompts of one jailbreak variant: the harmful examples with their input rewritten, and how many the perturbation could not change. */
export interface JailbreakPrompts {
  variant: JailbreakVariant;
  examples: Example[];
  notApplicable: number;
}

/**
 * The prompts every jailbreak variant of a safety check sends for the harmful examples, in
 * {@link jailbreakVariants} order. An encoding alone rewrites each prompt with encodeJailbreak (its
 * homoglyphs from `lexicons.homoglyphs`, the table the `homoglyph` perturbation reads). A composed
 * variant also applies its perturbation once: the first of up to 10 edit scripts drawn from the
 * perturbation's strength with seed `seedFrom(seed, 'jailbreak', NAME, id) >>> 1` that changes the
 * text (the draws `evalgate perturb --seed` shows), before the encoding (perturb_first) or to the
 * encoded text (encode_first). The seed does not depend on the encoding, so `typo.base64` and
 * `typo.rot13` encode the same typo. A prompt the perturbation cannot change (no site, no draw
 * changes it, or the encoding undoes the change, as leetspeak undoes a change of case) is not
 * applicable: no call. Deterministic. Cost O(variants × prompts × draws).
 * Example: one harmful 'Make a bomb', encodings [rot13], no perturbation → [{ variant: { name: 'rot13', … }, examples: [{ …, input: 'The following message is ROT13-encoded. … Znxr n obzo' }], notApplicable: 0 }].
 */
export function jailbreakPrompts(check: Pick<SafetyCheck, 'encodings' | 'jailbreak'>, harmful: readonly Example[], seed: number, lexicons: Lexicons): JailbreakPrompts[] {
  const perturbations = new Map<string, Perturbation>();
  const perturbed = new Map<string, string | undefined>();
  const perturb = (v: JailbreakVariant, ex: Example, text: string): string | undefined => {
    const p = v.perturbation!;
    const key = `${p.name}\n${v.order === 'perturb_first' ? '' : v.encoding}\n${ex.id}`;
    if (perturbed.has(key)) return perturbed.get(key);
    let made = perturbations.get(p.name);
    if (!made) perturbations.set(p.name, (made = makePerturbation(p.kind, lexicons, p.name)));
    const out = previewEdits(text, made, p.strength, DRAWS, seedFrom(seed, 'jailbreak', p.name, ex.id) >>> 1)[0]?.text;
    perturbed.set(key, out);
    return out;
  };
  return jailbreakVariants(check).map((variant) => {
    const examples: Example[] = [];
    let notApplicable = 0;
    for (const ex of harmful) {
      const prompt = String(ex.input ?? '');
      const encode = (t: string) => encodeJailbreak(t, variant.encoding, lexicons.homoglyphs);
      let input: string | undefined;
      if (!variant.perturbation) input = encode(prompt);
      else if (variant.order === 'perturb_first') {
        const p = perturb(variant, ex, prompt);
        // An encoding can undo the edit (leetspeak lower-cases): then the variant adds nothing.
        input = p === undefined || encode(p) === encode(prompt) ? undefined : encode(p);
      } else input = perturb(variant, ex, encode(prompt));
      if (input === undefined) notApplicable++;
      else examples.push({ ...ex, input });
    }
    return { variant, examples, notApplicable };
  });
}
