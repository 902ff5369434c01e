import { Type, type SchemaOptions, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';

/** A named definition of the suite schema: written once under `$defs`, used through `ref()`. */
export interface Def<T extends TSchema> {
  /** Its key under `$defs`. */
  readonly name: string;
  /** Its schema (TypeBox), whose `Static` is the raw type of the values it accepts. */
  readonly schema: T;
  /** `{ "$ref": "#/$defs/NAME", ...options }`, typed as the definition's values. */
  ref(options?: SchemaOptions): TUnsafe<Static<T>>;
}

/**
 * Names a schema as a `$defs` entry of the suite schema. The reference it hands out carries the
 * static type of the target, so a `$ref` keeps its TypeScript type.
 * @example def('fieldName', Type.String({ minLength: 1 })).ref() // { $ref: '#/$defs/fieldName' }
 */
export function def<T extends TSchema>(name: string, schema: T): Def<T> {
  return { name, schema, ref: (options = {}) => Type.Unsafe<Static<T>>({ $ref: `#/$defs/${name}`, ...options }) };
}
