import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCommandModel } from '../../../src/models/command/createCommandModel.js';
import type { CommandModelOptions } from '../../../src/models/command/commandOptions.js';
import type { Model } from '../../../src/models/model.js';
import { RunError } from '../../../src/problem.js';

// Recovery of a command model's process, through real child processes (test/fixtures/models).
const tmp = mkdtempSync(join(tmpdir(), 'evalgate-channel-'));
const pidFile = join(tmp, 'pids');
const fixture = (name: string) => resolve('test/fixtures/models', name);
const labelOf = (script: string, args: string[] = []) => `model command \`${[process.execPath, fixture(script), ...args].join(' ')}\``;
const open: Model[] = [];

function model(script: string, options: Partial<CommandModelOptions> = {}, args: string[] = []): Model {
  const m = createCommandModel({ command: [process.execPath, fixture(script), ...args], graceMs: 200, timeoutMs: 5000, ...options, env: { PID_FILE: pidFile, ...options.env } });
  open.push(m);
  return m;
}

const pids = () => (existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim().split('\n').map(Number) : []);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close?.()));
});

afterAll(() => {
  expect(pids().length).toBeGreaterThan(10);
  expect(pids().filter(alive)).toEqual([]);
});

describe('command model recovery', () => {
  it('restarts a process that exits between requests, at most `restarts` times, then gives up with a RunError', async () => {
    const m = model('exitAfterModel.mjs', { restarts: 3 }, ['2']);
    const before = pids().length;
    for (let i = 0; i < 8; i++) expect((await m.predict([`input ${i}`]))[0].label).toBe('long');
    expect(pids().length - before).toBe(4);
    const last = pids()[pids().length - 1];
    await waitFor(() => !alive(last));
    await new Promise((r) => setTimeout(r, 100));
    // Node has usually seen the last exit by now; if not, this request meets it in flight and fails.
    const ninth = await m.predict(['x']).then((out) => out[0].error, (err: unknown) => err);
    if (typeof ninth === 'string') expect(ninth).toBe(`${labelOf('exitAfterModel.mjs', ['2'])} exited with code 0 while answering`);
    const e = await m.predict(['x']).then(() => undefined, (err: unknown) => err);
    if (typeof ninth !== 'string') expect(e).toBe(ninth);
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).exitCode).toBe(3);
    expect((e as Error).message).toBe(`${labelOf('exitAfterModel.mjs', ['2'])} stopped 4 times; gave up after 3 restarts. Last time it exited with code 0`);
    await expect(m.predict(['x'])).rejects.toBe(e);
  });

  it('retries a request whose process crashed once, then fails it with the exit code and the last stderr lines', async () => {
    const m = model('crashModel.mjs', { batchSize: 2 });
    const out = await m.predict(['a', 'crash', 'abcdefgh']);
    const expected = `${labelOf('crashModel.mjs')} exited with code 3 while answering (the request had already been retried once)\nlast stderr lines:\n  loading weights\n  fatal: cannot handle this input`;
    expect(out[0]).toEqual({ error: expected, latencyMs: out[0].latencyMs });
    expect(out[1].error).toBe(expected);
    expect(out[2].label).toBe('long'); // the next batch runs on a third process
    expect((await m.predict(['b']))[0].label).toBe('short');
  });

  it('answers from the restarted process when the retry succeeds', async () => {
    const marker = join(tmp, 'crashed-once');
    const m = model('crashModel.mjs', { env: { CRASH_MARKER: marker } });
    const before = pids().length;
    const out = await m.predict(['crash-once', 'abcdefgh']);
    expect(out.map((p) => p.label)).toEqual(['long', 'long']);
    expect(out.every((p) => p.error === undefined)).toBe(true);
    expect(existsSync(marker)).toBe(true);
    expect(pids().length - before).toBe(2);
  });

  it('names the signal that killed the process', async () => {
    const m = model('crashModel.mjs', { restarts: 1 });
    const out = await m.predict(['kill-self']);
    expect(out[0].error).toBe(`${labelOf('crashModel.mjs')} was killed by SIGKILL while answering (the request had already been retried once)`);
    await expect(m.predict(['a'])).rejects.toThrow(/stopped 2 times; gave up after 1 restart\. Last time it was killed by SIGKILL$/);
  });

  it('with no restarts left, fails the request in flight without a retry, then rejects', async () => {
    const m = model('crashModel.mjs', { restarts: 0 });
    expect((await m.predict(['a']))[0].label).toBe('short');
    const out = await m.predict(['crash']);
    expect(out[0].error).toBe(`${labelOf('crashModel.mjs')} exited with code 3 while answering\nlast stderr lines:\n  loading weights\n  fatal: cannot handle this input`);
    await expect(m.predict(['a'])).rejects.toBeInstanceOf(RunError);
  });

  it('fails only the request in flight when the process prints garbage, and keeps the process', async () => {
    const m = model('garbageModel.mjs');
    const label = labelOf('garbageModel.mjs');
    expect((await m.predict(['a']))[0].label).toBe('short');
    const before = pids().length;
    expect((await m.predict(['garbage', 'b']))[1].error).toBe(`${label} printed a line that is not JSON: Loading model... done`);
    // the late real answer to the failed request arrives now and must not be taken for this one
    expect((await m.predict(['abcdefgh']))[0].label).toBe('long');
    expect((await m.predict(['array']))[0].error).toBe(`${label} printed JSON that is not an object: [1,2,3]`);
    expect((await m.predict(['wrong-id']))[0].error).toMatch(/ answered with id "nobody-asked" while request "r\d+" was waiting$/);
    expect((await m.predict(['xyz']))[0].label).toBe('short');
    expect(pids().length).toBe(before);
  });

  it('fails a request that gets no answer within timeoutMs, stops that process and starts a new one', async () => {
    // 2.5 s, not less: a restarted process must start and record its pid within the timeout on a loaded machine.
    const m = model('silentModel.mjs', { timeoutMs: 2500, restarts: 1 });
    const before = pids().length;
    const t0 = Date.now();
    const out = await m.predict(['a', 'b']);
    expect(Date.now() - t0).toBeLessThan(12_000);
    expect(out.map((p) => p.error)).toEqual(Array(2).fill(`${labelOf('silentModel.mjs')} gave no answer within 2500 ms; the process was stopped`));
    expect(out[0].latencyMs).toBeGreaterThanOrEqual(2490);
    const first = pids()[before];
    await waitFor(() => !alive(first));
    expect((await m.predict(['c']))[0].error).toMatch(/gave no answer within 2500 ms/);
    expect(pids().length - before).toBe(2);
    await expect(m.predict(['d'])).rejects.toThrow(/stopped 2 times; gave up after 1 restart\. Last time it gave no answer within 2500 ms$/);
  });

  it('close() ends stdin, then SIGTERM, then SIGKILL a child that ignores both; the request in flight fails', async () => {
    const m = model('silentModel.mjs', { graceMs: 200, timeoutMs: 10_000 }, ['--ignore-term']);
    const before = pids().length;
    const pending = m.predict(['a']);
    await waitFor(() => pids().length > before);
    const pid = pids()[before];
    await new Promise((r) => setTimeout(r, 100)); // let it install its SIGTERM handler
    const t0 = Date.now();
    await m.close!();
    const took = Date.now() - t0;
    expect(took).toBeGreaterThanOrEqual(390);
    expect(took).toBeLessThan(4000);
    expect(alive(pid)).toBe(false);
    expect((await pending)[0].error).toBe(`${labelOf('silentModel.mjs', ['--ignore-term'])} was closed while answering`);
  });

  it('close() of a well-behaved child returns as soon as it exits on end of stdin', async () => {
    const m = model('goodModel.mjs', { graceMs: 5000 });
    const before = pids().length;
    await m.predict(['a']);
    const t0 = Date.now();
    await m.close!();
    expect(Date.now() - t0).toBeLessThan(3000); // well under graceMs: no SIGTERM was needed
    expect(alive(pids()[before])).toBe(false);
  });
});
