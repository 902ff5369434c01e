import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { suiteSchemaJson, type RawSuite } from './schema/suite.js';

/**
 * Absolute path of the suite JSON Schema shipped in the package (`schemas/suite.schema.json`),
 * written from the TypeBox source in src/suite/schema/ by `npm run schema`.
 */
export const suiteSchemaPath = new URL('../../schemas/suite.schema.json', import.meta.url);

let cached: { schema: Record<string, unknown>; validate: ValidateFunction<RawSuite> } | undefined;

/** The suite JSON Schema (draft 2020-12) as an object, built once from the TypeBox source (the same JSON as `schemas/suite.schema.json`). */
export function suiteSchema(): Record<string, unknown> {
  return compiled().schema;
}

/**
 * The compiled ajv validator of the suite schema (all errors, verbose for "did you mean" hints).
 * It is a type guard: a document it accepts is a RawSuite, the normalizers' input.
 */
export function suiteValidator(): ValidateFunction<RawSuite> {
  return compiled().validate;
}

function compiled() {
  if (!cached) {
    const schema = suiteSchemaJson();
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true });
    cached = { schema, validate: ajv.compile<RawSuite>(schema) };
  }
  return cached;
}
