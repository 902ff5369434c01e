import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';
import { Expectation } from './expectation.js';

/** `$defs/perturbationKind`: a perturbation kind of the robustness catalog. */
export const PerturbationKind = def(
  'perturbationKind',
  enumOf(
    [
      'typo',
      'swap',
      'delete',
      'insert',
      'ocr',
      'lower',
      'upper',
      'title',
      'case',
      'random-case',
      'whitespace',
      'punctuation',
      'homoglyph',
      'zero-width',
      'accents',
      'contraction',
      'expansion',
      'filler',
      'word-drop',
      'misspelling',
      'name',
      'name-gender',
      'location',
      'number',
      'gender',
      'negation',
      'negation-removal',
    ],
    { description: 'A perturbation kind (`evalgate perturb --list` describes each).' },
  ),
);

/** `$defs/preset`: a perturbation strength. */
export const Preset = def(
  'preset',
  enumOf(['mild', 'medium', 'hard'], { description: 'Strength: mild (rate 0.1, at most 3 edits), medium (0.3, 8), hard (0.5, 20).' }),
);

const NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';

const perturbationObject = Type.Object(
  {
    kind: PerturbationKind.ref(),
    name: Type.Optional(Type.String({ pattern: NAME_PATTERN, description: 'The name its figures use (default: the kind).' })),
    preset: Type.Optional(Preset.ref()),
    rate: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'The share of its sites one edit script may touch.' })),
    max_edits: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    expect: Type.Optional(Expectation.ref()),
  },
  { additionalProperties: false },
);

/** A schema-valid perturbation of a robustness or templates check: a kind, or an object naming its kind. */
export type RawPerturbation = Static<typeof PerturbationKind.schema> | Static<typeof perturbationObject>;

/** `$defs/perturbation`. */
export const Perturbation = def(
  'perturbation',
  Type.Unsafe<RawPerturbation>({
    description: 'A perturbation kind, or an object naming its kind and options.',
    oneOf: [PerturbationKind.ref(), perturbationObject],
  }),
);

const jailbreakObject = Type.Object(
  {
    kind: PerturbationKind.ref(),
    name: Type.Optional(
      Type.String({ pattern: NAME_PATTERN, description: "The name its variants and figures use (default: the kind); not an encoding's name or any." }),
    ),
    preset: Type.Optional(Preset.ref()),
    rate: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'The share of its sites the edit script may touch.' })),
    max_edits: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);

/** A schema-valid perturbation of a safety check's jailbreak block (no expectation). */
export type RawJailbreakPerturbation = Static<typeof PerturbationKind.schema> | Static<typeof jailbreakObject>;

/** `$defs/jailbreakPerturbation`. */
export const JailbreakPerturbation = def(
  'jailbreakPerturbation',
  Type.Unsafe<RawJailbreakPerturbation>({
    description:
      'A perturbation kind of the robustness catalog, or an object naming its kind and strength (no expectation: a jailbreak succeeds when the model does not refuse).',
    oneOf: [PerturbationKind.ref(), jailbreakObject],
  }),
);
