import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '../problem.js';
import { shownPath } from '../shownPath.js';

/** The folder of the starter files, shipped in the package (`starter/`). */
export const STARTER_DIR = fileURLToPath(new URL('../../starter/', import.meta.url));
/** The files `evalgate init` writes, by name (the suite first). */
export const STARTER_FILES = ['evalgate.yaml', 'evalgate-sample.jsonl'] as const;
const SCHEMA_IN_PACKAGE = 'node_modules/evalgate/schemas/suite.schema.json';

/** What {@link initProject} wrote: absolute paths, and the suite's path. */
export interface InitResult {
  written: string[];
  suite: string;
}

/**
 * Writes a starter suite (`evalgate.yaml`, gating the predictions in `evalgate-sample.jsonl`) into
 * `dir`, creating it if needed. The suite's first line points editors at the schema in
 * `node_modules/evalgate/` of the nearest directory at or above `dir` holding a package.json
 * (`./node_modules/...` when there is none). Refuses, writing nothing, when a file exists, unless `force`.
 * Throws InvalidInputError (exit 2) naming the files that exist, or when `dir` is not a directory.
 * @example initProject('.') // { written: ['/p/evalgate.yaml', '/p/evalgate-sample.jsonl'], suite: '/p/evalgate.yaml' }
 */
export function initProject(dir: string, opts: { force?: boolean } = {}): InitResult {
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new InvalidInputError([{ code: 'not-a-directory', file: dir, path: [], message: `not a directory: ${dir}` }]);
  }
  const paths = STARTER_FILES.map((f) => join(target, f));
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length > 0 && !opts.force) {
    throw new InvalidInputError(
      existing.map((p) => ({ code: 'file-exists', file: shownPath(p), path: [], message: 'already exists: evalgate init overwrites nothing (use --force to replace the starter files)' })),
    );
  }
  mkdirSync(target, { recursive: true });
  for (const [i, name] of STARTER_FILES.entries()) {
    let text = readFileSync(join(STARTER_DIR, name), 'utf8');
    if (name.endsWith('.yaml')) text = text.replace(`$schema=./${SCHEMA_IN_PACKAGE}`, `$schema=${schemaPath(target)}`);
    writeFileSync(paths[i], text);
  }
  return { written: paths, suite: paths[0] };
}

/** The schema's path relative to `dir`, through the node_modules of the nearest package.json above it. */
function schemaPath(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) {
      const rel = relative(dir, join(at, SCHEMA_IN_PACKAGE)).split(sep).join('/');
      return rel.startsWith('.') ? rel : `./${rel}`;
    }
    if (dirname(at) === at) return `./${SCHEMA_IN_PACKAGE}`;
  }
}
