import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import type { PerturbationSpec, Suite } from './types.js';

/**
 * The files a suite names outside its own directory tree: the data file, a module model, a custom
 * expectation module (an absolute path or one that climbs out with `..`), and a command model's
 * program or arguments written as relative paths that climb out (absolute ones, such as
 * `/usr/bin/python3`, are left alone). A suite from a pull request could otherwise read or run any
 * file the CI runner can reach, so each is a load problem unless the caller passes
 * `--allow-outside-paths` (a command-line option on purpose: a suite cannot grant it to itself).
 * Symbolic links are followed: a path is compared by its real path (of its nearest existing
 * ancestor, for a file not there yet) with the real path of the suite's directory, so a link inside
 * the tree that points out of it is outside, and the file is never read. Cost: O(paths) realpath calls.
 * Example: `outsidePaths(suiteWithData('../x.jsonl'), doc)[0].message` → `data.path leaves the suite's directory (../x.jsonl) ...`.
 */
export function outsidePaths(suite: Suite, doc: ParsedDocument): Problem[] {
  const problems: Problem[] = [];
  const root = real(suite.dir);
  const leaves = (abs: string) => {
    const rel = relative(root, real(abs));
    return rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel);
  };
  const at = (path: (string | number)[], what: string, shown: string, abs: string) => {
    const pos = doc.locate(path);
    const link = relative(suite.dir, abs).startsWith('..') || isAbsolute(relative(suite.dir, abs)) ? '' : ' through a symbolic link';
    problems.push({ code: 'outside-path', file: suite.file, line: pos.line, column: pos.column, path, message: `${what} leaves the suite's directory${link} (${shown}): move it under ${relative(process.cwd(), suite.dir) || '.'}, or pass --allow-outside-paths` });
  };
  if (leaves(suite.data.resolvedPath)) at(['data', 'path'], 'data.path', suite.data.path, suite.data.resolvedPath);
  const spec = suite.model?.spec;
  if (spec?.kind === 'module' && leaves(spec.resolvedPath)) at(['model', 'module'], 'model.module', spec.path, spec.resolvedPath);
  if (spec?.kind === 'command') {
    for (const [key, argv] of [['command', spec.command], ['fit_command', spec.fitCommand ?? []]] as const) {
      argv.forEach((a, i) => {
        // A relative argument that names an existing file is followed to its real path too.
        const abs = resolve(suite.dir, a);
        if (!isAbsolute(a) && (/(^|[\\/])\.\.([\\/]|$)/.test(a) || existsSync(abs)) && leaves(abs)) at(['model', key, i], `model.${key}[${i}]`, a, abs);
      });
    }
  }
  const custom = (p: PerturbationSpec) => {
    if (p.expect.kind === 'custom' && leaves(p.expect.resolvedPath)) at([...p.path, 'expect', 'custom'], 'a custom expectation', p.expect.path, p.expect.resolvedPath);
  };
  for (const c of suite.checks) {
    if (c.kind === 'robustness') c.perturbations.forEach(custom);
    if (c.kind === 'templates') for (const t of c.tests) t.perturbations.forEach(custom);
  }
  return problems;
}

/** The real path of `p` (symbolic links resolved); for a path that does not exist, its nearest existing ancestor's real path joined with the rest. */
function real(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(real(parent), basename(p));
  }
}
