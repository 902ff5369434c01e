import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFiles } from '../helpers/cli.js';
import { loadSuite } from '../../src/suite/loadSuite.js';

const suite = (data: string, extra = '') => `suite: s\ndata: { path: ${data}, input: text, label: label, prediction: label }\n${extra}checks:\n  - metrics: [accuracy]\n`;

/** root/private/creds.csv (a secret) and root/suite/ holding the suite, with data.csv a link. */
function tree(target: (root: string) => string) {
  const root = tempFiles({ 'private/creds.csv': 'TOPSECRET_TOKEN_4242,x\n1,2\n', 'suite/inside.csv': 'text,label\na,b\n' });
  const dir = join(root, 'suite');
  symlinkSync(target(root), join(dir, 'data.csv'));
  writeFileSync(join(dir, 's.yaml'), suite('data.csv'));
  return dir;
}

describe('symbolic links cannot take a suite outside its tree', () => {
  it('a data file linked to ../private is refused before it is read', async () => {
    const dir = tree((root) => join(root, 'private/creds.csv'));
    const r = await runCli(['validate', join(dir, 's.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml:2:15 data\.path: data\.path leaves the suite's directory through a symbolic link \(data\.csv\)/);
    expect(r.stderr + r.stdout).not.toContain('TOPSECRET');
    const run = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr + run.stdout).not.toContain('TOPSECRET');
  });

  it('a data file linked to /etc/passwd is refused and never printed', async () => {
    const dir = tree(() => '/etc/passwd');
    const r = await runCli(['validate', join(dir, 's.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/leaves the suite's directory through a symbolic link/);
    expect(r.stderr).not.toMatch(/root:/);
  });

  it('a link that stays inside the tree is fine, and --allow-outside-paths still opens the door', async () => {
    const inside = tree((root) => join(root, 'suite/inside.csv'));
    expect((await runCli(['validate', join(inside, 's.yaml')])).code).toBe(0);
    const outside = tree((root) => join(root, 'private/creds.csv'));
    const r = await runCli(['validate', join(outside, 's.yaml'), '--allow-outside-paths']);
    expect(r.stderr).not.toMatch(/leaves the suite's directory/);
  });

  it('a linked directory and a module or command file behind a link are followed too', async () => {
    const root = tempFiles({ 'elsewhere/m.mjs': 'export function predict(xs) { return xs.map(() => ({ label: "a" })); }\n', 'elsewhere/d.csv': 'text,label\na,b\n', 'suite/x': '' });
    const dir = join(root, 'suite');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(root, 'elsewhere'), join(dir, 'linked'));
    symlinkSync(join(root, 'elsewhere/m.mjs'), join(dir, 'sub/m.mjs'));
    writeFileSync(join(dir, 's.yaml'), `suite: s\ndata: { path: linked/d.csv, input: text, label: label }\nmodel: { command: [node, sub/m.mjs] }\nchecks:\n  - metrics: [accuracy]\n`);
    const r = await loadSuite(join(dir, 's.yaml'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path.join('.'))).toEqual(['data.path', 'model.command.1']);
  });
});
