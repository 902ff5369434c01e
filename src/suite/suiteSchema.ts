import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** Absolute path of the suite JSON Schema shipped in the package (`schemas/suite.schema.json`). */
export const suiteSchemaPath = new URL('../../schemas/suite.schema.json', import.meta.url);

let cached: { schema: Record<string, unknown>; validate: ValidateFunction } | undefined;

/** The suite JSON Schema (draft 2020-12) as an object; read once from `schemas/suite.schema.json`. */
export function suiteSchema(): Record<string, unknown> {
  return compiled().schema;
}

/** The compiled ajv validator of the suite schema (all errors, verbose for "did you mean" hints). */
export function suiteValidator(): ValidateFunction {
  return compiled().validate;
}

function compiled() {
  if (!cached) {
    const schema = JSON.parse(readFileSync(suiteSchemaPath, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true });
    cached = { schema, validate: ajv.compile(schema) };
  }
  return cached;
}
