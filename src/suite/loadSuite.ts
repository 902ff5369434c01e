import { outsidePaths } from './outsidePaths.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { InvalidInputError, type Problem } from '../problem.js';
import { parseSuiteText } from './parseDocument.js';
import { suiteValidator } from './suiteSchema.js';
import { schemaProblems } from './schemaProblems.js';
import { normalizeSuite } from './normalizeSuite.js';
import { suiteRules } from './suiteRules.js';
import { checkDataFields } from './checkDataFields.js';
import type { Suite } from './types.js';

export type LoadResult = { ok: true; suite: Suite } | { ok: false; problems: Problem[] };

/**
 * Loads a YAML or JSON suite in stages: read → parse → validate against the JSON Schema (every
 * error) → normalize → semantic rules → the data's first row has the fields the suite names.
 * A stage that finds problems stops the ones after it. Never throws for bad input. A file the suite
 * names outside its own directory tree is a problem unless `allowOutsidePaths` (see outsidePaths).
 * Example: `await loadSuite('suites/spam.yaml')` → `{ ok: true, suite }`.
 */
export async function loadSuite(path: string, opts: { allowOutsidePaths?: boolean } = {}): Promise<LoadResult> {
  const file = relative(process.cwd(), resolve(path)) || path;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `suite file not found: ${file}` : code === 'EISDIR' ? `not a file: ${file}` : `cannot read suite file ${file}: ${(e as Error).message}`;
    return { ok: false, problems: [{ code: 'missing-file', file, path: [], message }] };
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const parsed = parseSuiteText(bytes.toString('utf8'), file);
  if (!parsed.ok) return parsed;
  const { doc } = parsed;
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    return { ok: false, problems: [{ code: 'schema', file, line: 1, column: 1, path: [], message: 'a suite must be a mapping with suite, data and checks' }] };
  }
  const validate = suiteValidator();
  if (!validate(doc.value)) return { ok: false, problems: schemaProblems(validate.errors ?? [], doc, file) };
  const { suite, problems } = normalizeSuite(doc.value, doc, file, hash);
  problems.push(...suiteRules(suite, doc));
  if (!opts.allowOutsidePaths) problems.push(...outsidePaths(suite, doc));
  if (problems.length > 0) return { ok: false, problems };
  const fieldProblems = await checkDataFields(suite, doc);
  if (fieldProblems.length > 0) return { ok: false, problems: fieldProblems };
  return { ok: true, suite };
}

/** Like {@link loadSuite} but throws an `InvalidInputError` listing every problem. */
export async function loadSuiteOrThrow(path: string, opts: { allowOutsidePaths?: boolean } = {}): Promise<Suite> {
  const r = await loadSuite(path, opts);
  if (!r.ok) throw new InvalidInputError(r.problems);
  return r.suite;
}
