import { Type, type SchemaOptions, type TUnsafe } from '@sinclair/typebox';

/**
 * A JSON Schema `enum` of literal values, typed as their union. (TypeBox's union of literals would
 * write `anyOf` of `const`s, which ajv reports differently.)
 * @example enumOf(['mild', 'medium']) // { enum: ['mild', 'medium'] }: 'mild' | 'medium'
 */
export function enumOf<const T extends readonly (string | number | null)[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ enum: [...values], ...options });
}
