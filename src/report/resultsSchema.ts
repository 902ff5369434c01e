import { readFileSync } from 'node:fs';

/** Absolute path of the results.json JSON Schema shipped in the package. */
export const resultsSchemaPath = new URL('../../schemas/results.schema.json', import.meta.url);

/** The JSON Schema (draft 2020-12) documenting results.json. */
export function resultsSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(resultsSchemaPath, 'utf8')) as Record<string, unknown>;
}
