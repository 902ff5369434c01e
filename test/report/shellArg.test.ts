import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { replayCommand, shellArg } from '../../src/report/shellArg.js';

/** What /bin/sh makes of `printf %s ARG`: the argument as the shell read it. */
const shellReads = (quoted: string) => execFileSync('/bin/sh', ['-c', `printf '%s' ${quoted}`], { encoding: 'utf8' });

describe('shellArg', () => {
  it('leaves plain paths and ids bare and quotes anything a shell would read differently', () => {
    expect(shellArg('evalgate-out')).toBe('evalgate-out');
    expect(shellArg('/tmp/run_1/out')).toBe('/tmp/run_1/out');
    expect(shellArg('typo/neg-01')).toBe('typo/neg-01');
    expect(shellArg('my out')).toBe(`'my out'`);
    expect(shellArg(`it's`)).toBe(`'it'\\''s'`);
    expect(shellArg('$(touch x)')).toBe(`'$(touch x)'`);
    expect(shellArg('')).toBe(`''`);
    expect(replayCommand('runs/a b', 'name/n016')).toBe(`evalgate replay 'runs/a b' name/n016`);
  });

  it('is read back by /bin/sh as exactly the argument', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !s.includes('\0')), (s) => {
        expect(shellReads(shellArg(s))).toBe(s);
      }),
      { numRuns: 60 },
    );
  });
});
