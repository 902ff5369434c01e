import type { JailbreakEncoding } from '../safety/encodeJailbreak.js';
import type { JailbreakOrder, JailbreakPerturbation, SafetyCheck } from './textCheckTypes.js';

/** One way the jailbreak scorer re-sends a harmful prompt: an encoding, alone or composed with a perturbation. */
export interface JailbreakVariant {
  /** Its name in figures (`safety.jailbreak.NAME.rate`), records (variant `jailbreak:NAME`) and results.json: the steps in the order applied. */
  name: string;
  encoding: JailbreakEncoding;
  perturbation?: JailbreakPerturbation;
  order?: JailbreakOrder;
}

/**
 * Every variant a safety check sends, in a fixed order known at load time: each encoding alone
 * (named after it), then for each composed perturbation, each order and each encoding, the
 * combination named by its steps in the order applied: `typo.base64` perturbs the prompt with
 * `typo` and then encodes it in base64 (perturb_first), `base64.typo` encodes it and then perturbs
 * the encoded text (encode_first). Cost O(encodings × perturbations × orders).
 * Example: encodings [base64], perturbations [typo], orders [perturb_first] → names ['base64', 'typo.base64'].
 */
export function jailbreakVariants(check: Pick<SafetyCheck, 'encodings' | 'jailbreak'>): JailbreakVariant[] {
  const out: JailbreakVariant[] = check.encodings.map((encoding) => ({ name: encoding, encoding }));
  for (const perturbation of check.jailbreak.perturbations) {
    for (const order of check.jailbreak.orders) {
      for (const encoding of check.encodings) {
        const name = order === 'perturb_first' ? `${perturbation.name}.${encoding}` : `${encoding}.${perturbation.name}`;
        out.push({ name, encoding, perturbation, order });
      }
    }
  }
  return out;
}
