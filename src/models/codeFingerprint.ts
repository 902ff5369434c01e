import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ModelSpec } from './modelSpec.js';

/** The first 16 hex digits of a file's sha256, streamed (constant memory). */
async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex').slice(0, 16);
}

const inside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Whether `path` names a regular file (no throw). */
const isFile = async (path: string): Promise<boolean> => (await stat(path).catch(() => undefined))?.isFile() === true;

/**
 * The content hashes of a model's own code, keyed as the suite writes each file: a module model's
 * file; every argument of a command model's `command` and `fit_command` that names a regular
 * file (relative to the suite's directory), except a program outside the suite's tree (an
 * interpreter such as `/usr/bin/python3` is not the model's code). Put in the model's identity
 * (`parameters.code`), so that the cache, `--resume` and `merge` never replay answers of code that
 * has changed since. Builtin and remote models have none: `undefined`. Files a module imports,
 * or a script reads, are not followed. Cost: one read of each file.
 * Example: `await codeFingerprint({ kind: 'command', command: ['python3', 'm.py'] }, dir)` → `{ 'm.py': '3f2a…' }` (16 hex).
 */
export async function codeFingerprint(spec: ModelSpec, dir: string): Promise<Record<string, string> | undefined> {
  const files = new Map<string, string>(); // as written → absolute path
  if (spec.kind === 'module') files.set(spec.path, spec.resolvedPath);
  else if (spec.kind === 'command') {
    for (const argv of [spec.command, spec.fitCommand ?? []]) {
      for (let i = 0; i < argv.length; i++) {
        const abs = resolve(dir, argv[i]);
        if (files.has(argv[i]) || (i === 0 && !inside(dir, abs))) continue;
        if (await isFile(abs)) files.set(argv[i], abs);
      }
    }
  } else return undefined;
  const out: Record<string, string> = {};
  for (const [name, abs] of files) if (await isFile(abs)) out[name] = await fileDigest(abs);
  return Object.keys(out).length > 0 ? out : undefined;
}
