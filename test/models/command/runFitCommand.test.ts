import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFitCommand } from '../../../src/models/command/runFitCommand.js';
import { InvalidInputError, RunError } from '../../../src/problem.js';

const tmp = mkdtempSync(join(tmpdir(), 'evalgate-fitcmd-'));
const node = (script: string) => [process.execPath, '-e', script];
const base = { timeoutMs: 10_000, graceMs: 200 };

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('runFitCommand', () => {
  it('writes every example as one JSON line on stdin and resolves on exit 0', async () => {
    const out = join(tmp, 'received.jsonl');
    const script = `let t='';process.stdin.on('data',c=>t+=c).on('end',()=>require('fs').writeFileSync(process.env.OUT,t))`;
    const examples = [{ input: 'win money', label: 'spam' }, { input: { text: 'hi', n: 1 }, label: ['a', 2] }];
    await runFitCommand({ argv: node(script), env: { ...process.env, OUT: out }, examples, ...base });
    expect(readFileSync(out, 'utf8')).toBe('{"input":"win money","label":"spam"}\n{"input":{"text":"hi","n":1},"label":["a",2]}\n');
  });

  it('honours back-pressure on a large training set', async () => {
    const out = join(tmp, 'count');
    const script = `let n=0;process.stdin.on('data',c=>{for(const ch of c.toString())if(ch==='\\n')n++}).on('end',()=>require('fs').writeFileSync(process.env.OUT,String(n)))`;
    const examples = Array.from({ length: 20_000 }, (_, i) => ({ input: 'x'.repeat(100) + i, label: i % 2 }));
    await runFitCommand({ argv: node(script), env: { ...process.env, OUT: out }, examples, ...base });
    expect(readFileSync(out, 'utf8')).toBe('20000');
  });

  it('does not hang when the command exits without reading its stdin', async () => {
    const examples = Array.from({ length: 20_000 }, () => ({ input: 'y'.repeat(200), label: 'a' }));
    await runFitCommand({ argv: node('process.exit(0)'), examples, ...base });
  });

  it('fails with the exit code and the last output lines when it exits non-zero', async () => {
    const script = `console.log('epoch 1');console.error('error: no positive examples');process.exitCode=2`;
    const e = await rejection(runFitCommand({ argv: node(script), examples: [], ...base }));
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).code).toBe('fit-failed');
    expect(e.message).toMatch(/^fit command `.*` exited with code 2\nlast stderr lines:\n {2}(epoch 1\n {2}error: no positive examples|error: no positive examples\n {2}epoch 1)$/);
  });

  it('stops a command that runs past timeoutMs', async () => {
    const t0 = Date.now();
    const e = await rejection(runFitCommand({ argv: node('setInterval(()=>{},1000)'), examples: [], timeoutMs: 300, graceMs: 200 }));
    expect(e).toBeInstanceOf(RunError);
    expect(e.message).toMatch(/ did not finish within 300 ms and was stopped$/);
    expect(Date.now() - t0).toBeLessThan(6000);
  });

  it('reports a program that does not exist as invalid input', async () => {
    const e = (await rejection(runFitCommand({ argv: ['evalgate-no-such-trainer'], examples: [{ input: 1, label: 1 }], ...base }))) as InvalidInputError;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.problems[0].path).toEqual(['fitCommand']);
    expect(e.message).toBe('fitCommand: fit command `evalgate-no-such-trainer` could not be started: spawn evalgate-no-such-trainer ENOENT');
  });

  it('fails an example that cannot be sent as JSON and stops the command', async () => {
    const e = await rejection(runFitCommand({ argv: node('process.stdin.resume()'), examples: [{ input: 1n, label: 1 }], ...base }));
    expect(e).toBeInstanceOf(RunError);
    expect(e.message).toMatch(/: cannot send example 0 as JSON: .*BigInt/);
  });
});
