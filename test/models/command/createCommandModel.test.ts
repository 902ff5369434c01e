import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCommandModel } from '../../../src/models/command/createCommandModel.js';
import type { CommandModelOptions } from '../../../src/models/command/commandOptions.js';
import type { Model } from '../../../src/models/model.js';
import { InvalidInputError, RunError } from '../../../src/problem.js';

const tmp = mkdtempSync(join(tmpdir(), 'evalgate-command-'));
const pidFile = join(tmp, 'pids');
const fixture = (name: string) => resolve('test/fixtures/models', name);
const open: Model[] = [];

function model(script: string, options: Partial<CommandModelOptions> = {}, args: string[] = []): Model {
  const m = createCommandModel({ command: [process.execPath, fixture(script), ...args], graceMs: 300, timeoutMs: 5000, ...options, env: { PID_FILE: pidFile, ...options.env } });
  open.push(m);
  return m;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close?.()));
});

afterAll(() => {
  const pids = readFileSync(pidFile, 'utf8').trim().split('\n').map(Number);
  expect(pids.length).toBeGreaterThan(3);
  expect(pids.filter(alive)).toEqual([]);
});

describe('createCommandModel', () => {
  it('answers in order, in batches of batchSize, from one process started lazily and reused', async () => {
    const m = model('goodModel.mjs', { batchSize: 2 });
    expect(m.identity).toEqual({ name: `command:${process.execPath} ${fixture('goodModel.mjs')}`, parameters: {} });
    const out = await m.predict(['hi', 'hello world', 'abc', 'abcdefg', 'x']);
    expect(out.map((p) => p.label)).toEqual(['short', 'long', 'short', 'long', 'short']);
    expect(out.map((p) => p.text)).toEqual(['batch of 2', 'batch of 2', 'batch of 2', 'batch of 2', 'batch of 1']);
    expect(out[1].score).toBe(1);
    for (const p of out) expect(p.latencyMs).toBeGreaterThan(0);
    const again = await Promise.all([m.predict(['a']), m.predict(['bbbbbbbb']), m.predict([])]);
    expect(again.map((b) => b.map((p) => p.label))).toEqual([['short'], ['long'], []]);
    const pids = readFileSync(pidFile, 'utf8').trim().split('\n');
    await m.close!();
    expect(readFileSync(pidFile, 'utf8').trim().split('\n')).toEqual(pids); // no new process
  });

  it('passes env on top of the inherited environment and cwd to the child', async () => {
    const m = createCommandModel({ command: [process.execPath, 'goodModel.mjs'], cwd: fixture('.'), env: { GREETING: 'hello' } });
    open.push(m);
    expect((await m.predict(['env']))[0].text).toBe('hello');
  });

  it('turns wrong answers into error predictions for the inputs they concern', async () => {
    const m = model('goodModel.mjs');
    const label = `model command \`${process.execPath} ${fixture('goodModel.mjs')}\``;
    expect((await m.predict(['a', 'model-error'])).map((p) => p.error)).toEqual(['cannot handle model-error', 'cannot handle model-error']);
    expect((await m.predict(['no-outputs']))[0].error).toBe(`${label} answered with neither "outputs" nor "error" (keys: id, result)`);
    expect((await m.predict(['a', 'wrong-count'])).map((p) => p.error)).toEqual(Array(2).fill(`${label} outputs returned 1 prediction for 2 inputs`));
    const mixed = await m.predict(['a', 'bad-entry', 'item-error', 'bad-score']);
    expect(mixed[0].label).toBe('short');
    expect(mixed[1].error).toBe(`${label} outputs result [1] is a string, expected an object with label, text, probabilities or score`);
    expect(mixed[2].error).toBe('this one failed');
    expect(mixed[3].error).toBe(`${label} outputs result [3].score must be a finite number (got a string)`);
  });

  it('fails a batch whose inputs cannot be sent as JSON, and goes on', async () => {
    const m = model('goodModel.mjs');
    const out = await m.predict([1n, 'b']);
    expect(out[0].error).toMatch(/^cannot send the request as JSON: .*BigInt/);
    expect(out[1].error).toBe(out[0].error);
    expect((await m.predict(['b']))[0].label).toBe('short');
  });

  it('rejects wrong options with every problem listed', () => {
    let e: unknown;
    try {
      createCommandModel({ command: [], batchSize: 0, timeoutMs: 1.5, restarts: -1, fitCommand: 'train' as unknown as string[] });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).problems.map((p) => p.path[0])).toEqual(['command', 'fitCommand', 'batchSize', 'timeoutMs', 'restarts']);
    expect((e as Error).message).toContain('command: must be a non-empty array of strings, the program then its arguments (got an array)');
  });

  it('reports a program that does not exist as invalid input (exit 2), never spawning a shell', async () => {
    const m = createCommandModel({ command: ['evalgate-no-such-program', '&&', 'echo'] });
    open.push(m);
    const e = await m.predict(['a']).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as Error).message).toBe('command: model command `evalgate-no-such-program && echo` could not be started: spawn evalgate-no-such-program ENOENT');
    await expect(m.predict(['a'])).rejects.toBe(e);
  });

  it('rejects predict after close', async () => {
    const m = model('goodModel.mjs');
    expect((await m.predict(['a']))[0].label).toBe('short');
    await m.close!();
    await expect(m.predict(['a'])).rejects.toThrow(/is closed$/);
  });
});

const examples = [
  { input: 'win money now', label: 'spam' },
  { input: 'cheap pills', label: 'spam' },
  { input: 'hello friend', label: 'ham' },
  { input: 'meeting at noon', label: 'ham' },
];

describe('createCommandModel fit', () => {
  it('fits by message: a new process receives the examples first; the model it came from is unchanged', async () => {
    const m = model('fitModel.mjs');
    expect((await m.predict(['win']))[0].error).toBe('not fitted');
    const fitted = await m.fit!(examples);
    open.push(fitted);
    expect(fitted.classes).toEqual(['ham', 'spam']);
    expect((await fitted.predict(['cheap money', 'hello there', 'nothing known'])).map((p) => p.label)).toEqual(['spam', 'ham', 'unknown']);
    expect(fitted.identity.parameters).toEqual({ fittedOn: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect((await m.predict(['win']))[0].error).toBe('not fitted');
    const other = await m.fit!([{ input: 'win', label: 'ham' }]);
    open.push(other);
    expect((await other.predict(['win']))[0].label).toBe('ham');
    expect((await fitted.predict(['win']))[0].label).toBe('spam');
    expect(other.identity.parameters.fittedOn).not.toBe(fitted.identity.parameters.fittedOn);
  });

  it('replays the fit to a process started after a crash', async () => {
    const marker = join(tmp, 'fit-crash');
    const fitted = await model('fitModel.mjs', { env: { CRASH_MARKER: marker } }).fit!(examples);
    open.push(fitted);
    const out = await fitted.predict(['crash money', 'noon']);
    expect(existsSync(marker)).toBe(true);
    expect(out.map((p) => p.label)).toEqual(['spam', 'ham']);
  });

  it('fails the fit with a RunError when the process answers an error or does not say fitted', async () => {
    const refused = await model('fitModel.mjs').fit!([]).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(RunError);
    expect((refused as Error).message).toBe(`model command \`${process.execPath} ${fixture('fitModel.mjs')}\` cannot fit: no examples to fit on`);
    const unsupported = await model('goodModel.mjs').fit!(examples).then(() => undefined, (e: unknown) => e);
    expect((unsupported as Error).message).toMatch(/ cannot fit: expected inputs$/);
  });

  it('fits with a fitCommand that saves into EVALGATE_FIT_DIR, removed when the fitted model closes', async () => {
    const m = model('fitModel.mjs', { fitCommand: [process.execPath, fixture('fitModel.mjs'), 'train'] });
    const fitted = await m.fit!(examples);
    expect(fitted.identity.parameters).toEqual({ fittedOn: expect.stringMatching(/^[0-9a-f]{16}$/), fitCommand: [process.execPath, fixture('fitModel.mjs'), 'train'] });
    expect((await fitted.predict(['cheap', 'friend'])).map((p) => p.label)).toEqual(['spam', 'ham']);
    const dir = (await fitted.predict(['__dir__']))[0].text!;
    expect(existsSync(join(dir, 'model.json'))).toBe(true);
    expect((await m.predict(['__dir__']))[0].text).toBe('undefined');
    await fitted.close!();
    expect(existsSync(dir)).toBe(false);
  });

  it('fails the fit with the fit command\'s exit code and stderr', async () => {
    const m = model('fitModel.mjs', { fitCommand: [process.execPath, fixture('fitModel.mjs'), 'train'] });
    const e = await m.fit!([...examples, { input: 'x', label: 'fail' }]).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(RunError);
    expect((e as Error).message).toBe(`fit command \`${process.execPath} ${fixture('fitModel.mjs')} train\` exited with code 2\nlast stderr lines:\n  training failed: label "fail" is not allowed`);
  });
});
