import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'evalgate-init-'));
const bin = resolve('bin/evalgate.js');
/** The built CLI (dist/), from another working directory. */
const evalgate = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

describe('evalgate init', () => {
  it('writes a starter suite and sample data that validate and run to a PASS', async () => {
    const dir = join(tmp(), 'new folder');
    const init = await runCli(['init', dir]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`wrote ${join(dir, 'evalgate.yaml')}`);
    expect(init.stdout).toContain(`wrote ${join(dir, 'evalgate-sample.jsonl')}`);
    expect(init.stdout).toContain(`next: npx evalgate run '${join(dir, 'evalgate.yaml')}'`);

    const suite = readFileSync(join(dir, 'evalgate.yaml'), 'utf8');
    expect(suite.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/evalgate/schemas/suite.schema.json');
    expect(suite).toMatch(/# CHANGE: the field holding the model's input/);

    const validate = await runCli(['validate', join(dir, 'evalgate.yaml')]);
    expect(validate.code, validate.stderr).toBe(0);
    const out = join(dir, 'out');
    const run = await runCli(['run', join(dir, 'evalgate.yaml'), '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^verdict: PASS \(5\/5 gates passed\)$/m);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).verdict).toBe('pass');
  });

  it('refuses to overwrite, naming each file that exists and writing nothing, unless --force', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'evalgate.yaml'), 'mine\n');
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/evalgate\.yaml: already exists: evalgate init overwrites nothing \(use --force/);
    expect(again.stderr).not.toMatch(/sample/);
    expect(readFileSync(join(dir, 'evalgate.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, 'evalgate-sample.jsonl'))).toBe(false);
    expect(again.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const forced = await runCli(['init', dir, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'evalgate.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('exits 2 when dir is a file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), '');
    const r = await runCli(['init', join(dir, 'f')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a directory: .*f$/m);
  });

  it('writes into the current directory by default (built CLI), and a second init exits 2', () => {
    const dir = tmp();
    const first = evalgate(['init'], dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('wrote evalgate.yaml\nwrote evalgate-sample.jsonl\n');
    expect(first.stdout).toContain('next: npx evalgate run evalgate.yaml');
    const run = evalgate(['run', 'evalgate.yaml', '--out', 'out'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/verdict: PASS/);
    const second = evalgate(['init'], dir);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/^error: evalgate\.yaml: already exists/m);
    expect(second.stderr).toMatch(/^error: evalgate-sample\.jsonl: already exists/m);
  }, 60_000);

  it("points the $schema line at the project's node_modules/evalgate, which then holds the schema", async () => {
    const project = tmp();
    writeFileSync(join(project, 'package.json'), '{"name":"p","private":true}\n');
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(resolve('.'), join(project, 'node_modules', 'evalgate'), 'dir'); // as `npm i -D evalgate` would
    const sub = join(project, 'eval', 'gates');
    expect((await runCli(['init', sub])).code).toBe(0);
    const first = readFileSync(join(sub, 'evalgate.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../../node_modules/evalgate/schemas/suite.schema.json');
    expect(existsSync(resolve(sub, first.split('$schema=')[1]))).toBe(true);
    expect((await runCli(['init', project])).code).toBe(0);
    expect(readFileSync(join(project, 'evalgate.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/evalgate/schemas/suite.schema.json');
  });
});
