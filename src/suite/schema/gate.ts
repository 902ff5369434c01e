import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';

const gateObject = Type.Object({
  gate: Type.String({ minLength: 1, description: '`figure op number`, e.g. `f1.macro >= 0.9` or `f1.macro.ci_low >= 0.88`.' }),
  name: Type.Optional(Type.String({ minLength: 1 })),
  severity: Type.Optional(enumOf(['blocking', 'warning'], { description: 'A failed warning gate does not fail the run. Default: blocking.' })),
});

/** A schema-valid gate: its expression, or `{ gate, name?, severity? }`. */
export type RawGate = string | Static<typeof gateObject>;

/** `$defs/gate`: the string form and the object form in one schema. */
export const Gate = def(
  'gate',
  Type.Unsafe<RawGate>({
    type: ['string', 'object'],
    minLength: 1,
    additionalProperties: false,
    required: gateObject.required,
    properties: gateObject.properties,
  }),
);
