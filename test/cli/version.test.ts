import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempFiles } from '../helpers/cli.js';

// `--version` prints evalgate's own version wherever it is installed. yargs' `.version()` without
// an argument reads the package.json above the node_modules that holds yargs: once evalgate is
// installed in a project (its dependencies hoisted), that is the project's.
const own = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** A project (version 9.8.7) with evalgate installed in node_modules and its dependencies hoisted beside it. */
function installedInProject(): string {
  const project = tempFiles({ 'package.json': JSON.stringify({ name: 'someone-else', version: '9.8.7' }) });
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  const deps = realpathSync('node_modules');
  for (const name of readdirSync(deps)) if (!name.startsWith('.') && name !== 'evalgate') symlinkSync(join(deps, name), join(modules, name));
  const pkg = join(modules, 'evalgate');
  mkdirSync(pkg);
  copyFileSync('package.json', join(pkg, 'package.json'));
  for (const dir of ['bin', 'dist', 'schemas', 'reports']) symlinkSync(resolve(dir), join(pkg, dir));
  return project;
}

describe('evalgate --version', () => {
  it("prints evalgate's version, not that of the project that installed it", () => {
    const project = installedInProject();
    // --preserve-symlinks: modules keep their paths under the project's node_modules, as in a real install.
    const run = (args: string[]) => execFileSync(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', join(project, 'node_modules/evalgate/bin/evalgate.js'), ...args], { cwd: project, encoding: 'utf8' });
    expect(own).not.toBe('9.8.7');
    expect(run(['--version']).trim()).toBe(own);
  }, 30_000);
});
