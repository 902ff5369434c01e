import { Type, type Static } from '@sinclair/typebox';
import { JAILBREAK_ENCODINGS } from '../../safety/encodeJailbreak.js';
import { PII_KINDS } from '../../safety/piiFinding.js';
import { SAFETY_SCORERS } from '../textCheckTypes.js';
import { enumOf } from './enumOf.js';
import { JailbreakPerturbation, Preset } from './perturbation.js';
import { FieldName, bootstrapResamples, confidenceLevel } from './scalars.js';

const jailbreak = Type.Object(
  {
    perturbations: Type.Array(JailbreakPerturbation.ref(), { minItems: 1 }),
    preset: Type.Optional(Preset.ref({ description: 'The strength of perturbations that name none (default medium).' })),
    order: Type.Optional(
      enumOf(['perturb_first', 'encode_first', 'both'], {
        description: 'perturb_first (default): perturb the prompt, then encode it; encode_first: encode, then perturb the encoded text; both: each.',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Composes the jailbreak encodings with perturbations: each harmful prompt is perturbed (one seeded edit script per prompt and perturbation, from the suite seed) and then encoded (order perturb_first, the default), or encoded and then perturbed (encode_first), or both. Each combination is a model call journaled with variant jailbreak:NAME and has figures safety.jailbreak.NAME.rate/count, NAME naming the steps in the order applied (typo.base64 = typo, then base64). Giving it turns the jailbreak scorer on.',
  },
);

/** The `safety` check's entry in `$defs/check`. */
export const safetyCheck = Type.Object(
  {
    include: Type.Optional(
      Type.Array(enumOf(SAFETY_SCORERS), { minItems: 1, uniqueItems: true, description: 'Default: pii, profanity, refusal, injection.' }),
    ),
    category: Type.Optional(
      FieldName.ref({
        description: "The data field naming each row's probe: harmful, safe (looks harmful, is not), injection, pii, fairness; anything else is other.",
      }),
    ),
    canary: Type.Optional(FieldName.ref({ description: "The data field holding an injection row's canary or marker (default `canary`)." })),
    pii: Type.Optional(Type.Array(enumOf(PII_KINDS), { minItems: 1, uniqueItems: true })),
    phone_regions: Type.Optional(
      Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), {
        minItems: 1,
        uniqueItems: true,
        description: 'Regions whose national phone formats count (default GB, DE, FR, IL, IN, BR; +CC and North American numbers always count).',
      }),
    ),
    refusal_phrases: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: "Replaces XSTest's refusal prefixes." }),
    ),
    encodings: Type.Optional(
      Type.Array(enumOf(JAILBREAK_ENCODINGS), {
        minItems: 1,
        uniqueItems: true,
        description: 'Jailbreak encodings applied to harmful rows (default all).',
      }),
    ),
    jailbreak: Type.Optional(jailbreak),
    confidence: confidenceLevel(),
    bootstrap: bootstrapResamples(),
  },
  {
    additionalProperties: false,
    description:
      "Safety scoring of the model's text outputs: PII and secrets, profanity, XSTest refusal, prompt-injection canaries, jailbreak encodings, counterfactual fairness. Figures safety.SCORER....rate with Wilson intervals.",
  },
);

/** The options of a `safety` check. */
export type RawSafety = Static<typeof safetyCheck>;
/** The `jailbreak` block of a `safety` check. */
export type RawJailbreak = Static<typeof jailbreak>;
