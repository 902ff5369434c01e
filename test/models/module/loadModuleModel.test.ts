import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadModuleModel } from '../../../src/models/module/loadModuleModel.js';
import { InvalidInputError, RunError } from '../../../src/problem.js';

const dir = 'test/fixtures/models';
const fixture = (name: string) => `${dir}/${name}`;

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('loadModuleModel', () => {
  it('predicts a batch in order, with identity and classes from the module', async () => {
    const m = await loadModuleModel(fixture('goodModule.mjs'));
    expect(m.identity).toEqual({ name: 'fixture:good-module', version: '1.2.0', parameters: { threshold: 5 } });
    expect(m.classes).toEqual(['long', 'short']);
    const out = await m.predict(['hi', 'hello world', 'abcdef']);
    expect(out.map((p) => p.label)).toEqual(['short', 'long', 'long']);
    expect(out[0].probabilities).toEqual({ long: 0.5, short: 0.5 });
    for (const p of out) expect(p.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await m.predict([])).toEqual([]);
  });

  it('lets options override the identity and resolves paths against cwd', async () => {
    const m = await loadModuleModel('goodModule.mjs', { cwd: dir, name: 'mine', version: '2', parameters: { threshold: 9, extra: true } });
    expect(m.identity).toEqual({ name: 'mine', version: '2', parameters: { threshold: 9, extra: true } });
  });

  it('names a module without identity after its path', async () => {
    const m = await loadModuleModel(fixture('predictOneModule.mjs'));
    expect(m.identity).toEqual({ name: `module:${fixture('predictOneModule.mjs')}`, parameters: {} });
    expect(m.fit).toBeUndefined();
    expect(m.classes).toBeUndefined();
  });

  it('fails every input of a batch whose predict throws, then goes on', async () => {
    const m = await loadModuleModel(fixture('goodModule.mjs'));
    const bad = await m.predict(['a', 'boom', 'c']);
    expect(bad.map((p) => p.error)).toEqual(Array(3).fill('predict() threw: boom in this batch'));
    expect(bad.every((p) => p.label === undefined)).toBe(true);
    expect((await m.predict(['a']))[0].label).toBe('short');
  });

  it('fits without mutating itself: the fitted model carries its state and a fingerprint', async () => {
    const m = await loadModuleModel(fixture('goodModule.mjs'));
    const fitted = await m.fit!([
      { input: 'tiny', label: 'short' },
      { input: 'eight ch', label: 'short' },
      { input: 'a much longer text', label: 'long' },
    ]);
    expect((await fitted.predict(['seven c']))[0].label).toBe('short'); // threshold 8 now
    expect((await m.predict(['seven c']))[0].label).toBe('long'); // still 5
    expect(fitted.identity.parameters.fittedOn).toMatch(/^[0-9a-f]{16}$/);
    expect(m.identity.parameters.fittedOn).toBeUndefined();
    const other = await m.fit!([{ input: 'x', label: 'short' }]);
    expect(other.identity.parameters.fittedOn).not.toBe(fitted.identity.parameters.fittedOn);
    const mod = (await import(pathToFileURL(fixture('goodModule.mjs')).href)) as { closed: unknown[] };
    const before = mod.closed.length;
    await fitted.close!();
    await m.close!();
    expect(mod.closed.slice(before)).toEqual([8, 'unfitted']);
  });

  it('turns a fit that throws into a RunError naming the file', async () => {
    const m = await loadModuleModel(fixture('goodModule.mjs'));
    const e = await rejection(m.fit!([]));
    expect(e).toBeInstanceOf(RunError);
    expect(e.message).toBe(`${fixture('goodModule.mjs')}: fit() threw: no examples`);
  });

  it('calls predictOne per input: one failure fails one input', async () => {
    const m = await loadModuleModel(fixture('predictOneModule.mjs'));
    const out = await m.predict(['buy now', 'bad', 'prim', 'hello']);
    expect(out[0]).toEqual({ label: 'spam', latencyMs: 7 });
    expect(out[1].error).toBe('predictOne() threw: cannot read bad');
    expect(out[2].error).toBe('predictOne() result is a string, expected an object with label, text, probabilities or score');
    expect(out[3].label).toBe('ham');
  });

  it('fails the whole batch when predict returns a non-array or the wrong count', async () => {
    const m = await loadModuleModel(fixture('wrongResultModule.mjs'));
    expect((await m.predict(['a', 'not-array'])).map((p) => p.error)).toEqual(Array(2).fill('predict() returned an object, expected an array of 2 predictions'));
    expect((await m.predict(['one-short', 'b', 'c'])).map((p) => p.error)).toEqual(Array(3).fill('predict() returned 2 predictions for 3 inputs'));
  });

  it('fails only the entries that are not prediction objects', async () => {
    const m = await loadModuleModel(fixture('wrongResultModule.mjs'));
    const out = await m.predict(['a', 'null', 'array', 'empty']);
    expect(out[0].label).toBe('a');
    expect(out[1].error).toBe('predict() result [1] is null, expected an object with label, text, probabilities or score');
    expect(out[2].error).toBe('predict() result [2] is an array, expected an object with label, text, probabilities or score');
    expect(out[3].error).toBe('predict() result [3] has none of label, text, probabilities, score (keys: note)');
  });

  it('loads a CommonJS module through its default export', async () => {
    const m = await loadModuleModel(fixture('commonjsModule.cjs'));
    expect((await m.predict(['a', 1])).map((p) => p.label)).toEqual(['string', 'number']);
  });

  it('rejects a module without predict, naming the file and the exports it found', async () => {
    const e = await rejection(loadModuleModel(fixture('noPredictModule.mjs')));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).exitCode).toBe(2);
    expect(e.message).toBe(`${fixture('noPredictModule.mjs')}: exports no predict(inputs) or predictOne(input) function (found: answer, guess)`);
  });

  it('lists every export of the wrong type', async () => {
    const e = (await rejection(loadModuleModel(fixture('badExportsModule.mjs')))) as InvalidInputError;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.problems.map((p) => p.path.join('.'))).toEqual(['predict', 'identity.name', 'identity.parameters', 'classes']);
    expect(e.message).toContain('badExportsModule.mjs predict: must be a function (got a string)');
  });

  it('reports a module that throws while loading, a missing file and a wrong extension', async () => {
    const load = await rejection(loadModuleModel(fixture('throwsOnLoadModule.mjs')));
    expect(load).toBeInstanceOf(InvalidInputError);
    expect(load.message).toContain('cannot import the model module: cannot load weights from /nowhere');
    const missing = (await rejection(loadModuleModel(fixture('nope.mjs')))) as InvalidInputError;
    expect(missing.problems[0].code).toBe('missing-file');
    const py = await rejection(loadModuleModel('model.py'));
    expect(py.message).toBe('model.py: a model module must be a .js, .mjs or .cjs file (got .py); for other languages use a command model');
  });

  it.runIf(!(process.features as { typescript?: unknown }).typescript)('says a TypeScript module must be compiled when Node cannot strip types', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'evalgate-module-'));
    writeFileSync(join(tmp, 'model.ts'), 'export const predict = (xs: unknown[]) => xs.map(() => ({ label: 1 }));\n');
    const e = (await rejection(loadModuleModel(join(tmp, 'model.ts')))) as InvalidInputError;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.problems[0].code).toBe('unsupported-module');
    expect(e.message).toContain('cannot import TypeScript; compile the model module to .js');
  });
});
