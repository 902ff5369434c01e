import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { lockOutput, LOCK_FILE } from '../../src/run/outputLock.js';
import { InvalidInputError } from '../../src/problem.js';
import { tempFiles } from '../helpers/cli.js';

describe('lockOutput', () => {
  it('lets one writer in and names it to the second, until it releases', () => {
    const dir = join(tempFiles({}), 'out');
    const first = lockOutput(dir, 'evalgate run a.yaml');
    const held = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(held.pid).toBe(process.pid);
    let err: unknown;
    try {
      lockOutput(dir, 'evalgate run b.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).exitCode).toBe(2);
    expect((err as Error).message).toContain(`pid ${process.pid}`);
    expect((err as Error).message).toContain('evalgate run a.yaml');
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockOutput(dir, 'evalgate run b.yaml').release();
  });

  it('takes over a lock whose process is gone, or that cannot be read', () => {
    const dir = tempFiles({});
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999_999, host: hostname(), started_at: 'then', command: 'evalgate run x' }));
    const a = lockOutput(dir, 'evalgate run y', { alive: () => false });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).command).toBe('evalgate run y');
    a.release();
    writeFileSync(join(dir, LOCK_FILE), 'garbage');
    lockOutput(dir, 'evalgate run z').release();
  });

  it('refuses a path where a file is in the way (exit 2, naming it)', () => {
    const dir = tempFiles({ 'out': 'I am a file' });
    expect(() => lockOutput(join(dir, 'out'), 'x')).toThrow(/out: cannot write here: a file is in the way/);
  });
});
