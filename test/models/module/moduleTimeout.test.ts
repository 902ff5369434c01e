import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadModuleModel } from '../../../src/models/module/loadModuleModel.js';
import { tempFiles } from '../../helpers/cli.js';

// issue 23 item 8: a module model's answer past timeout_ms is an error answer, like the other models'.
describe('module models honour timeout_ms', () => {
  it('a predict that never settles fails its batch after timeout_ms; the next call is asked again', async () => {
    const dir = tempFiles({ 'm.mjs': 'let n = 0;\nexport function predict(xs) { return n++ === 0 ? new Promise(() => {}) : xs.map(() => ({ label: "ham" })); }\n' });
    const m = await loadModuleModel(join(dir, 'm.mjs'), { timeoutMs: 50 });
    const t0 = performance.now();
    const got = await m.predict(['a', 'b']);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(45);
    expect(got.map((p) => p.error)).toEqual(['predict() gave no answer within 50 ms (timeout_ms)', 'predict() gave no answer within 50 ms (timeout_ms)']);
    expect((await m.predict(['c'])).map((p) => p.label)).toEqual(['ham']);
  });

  it('predictOne: each input has its own timeout; a sync throw is still an error answer', async () => {
    const dir = tempFiles({ 'one.mjs': 'export function predictOne(x) { if (x === "slow") return new Promise(() => {}); if (x === "bad") throw new Error("no"); return { label: "ham" }; }\n' });
    const m = await loadModuleModel(join(dir, 'one.mjs'), { timeoutMs: 30 });
    const got = await m.predict(['a', 'slow', 'bad']);
    expect(got.map((p) => p.label ?? p.error)).toEqual(['ham', 'predictOne() gave no answer within 30 ms (timeout_ms)', 'predictOne() threw: no']);
  });

  it('a slow answer within the timeout is kept', async () => {
    const dir = tempFiles({ 's.mjs': 'export async function predict(xs) { await new Promise((r) => setTimeout(r, 20)); return xs.map(() => ({ label: "spam" })); }\n' });
    const m = await loadModuleModel(join(dir, 's.mjs'), { timeoutMs: 2000 });
    expect((await m.predict(['a'])).map((p) => p.label)).toEqual(['spam']);
  });
});
