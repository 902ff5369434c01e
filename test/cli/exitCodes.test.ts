import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, tempFiles } from '../helpers/cli.js';

// issue 23 item 8: the process ends only with a documented exit code; Node's 13 never escapes.
const bin = 'bin/evalgate.js';
const rows = jsonl(['a', 'b', 'c'].map((id, i) => ({ id, text: `t${i}`, label: 'ham' })));
const more = jsonl(Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, text: `t${i}`, label: i % 2 ? 'spam' : 'ham' })));
const suite = (model: string, extra = '') => `suite: t\ndata: { path: d.jsonl, id: id, input: text, label: label${extra} }\nmodel:\n${model}\nchecks:\n  - metrics: [accuracy]\n`;
const run = (dir: string, file = 's.yaml') => spawnSync(process.execPath, [bin, 'run', join(dir, file), '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8', timeout: 60_000 });

describe.runIf(existsSync('dist/cli/runProcess.js'))('exit codes of the evalgate process', () => {
  it('a module predict that never settles: error records after timeout_ms, exit 3 with a message', () => {
    const dir = tempFiles({ 'm.mjs': 'export function predict() { return new Promise(() => {}); }\n', 'd.jsonl': rows, 's.yaml': suite('  module: ./m.mjs\n  timeout_ms: 200') });
    const r = run(dir);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/3 of 3 model calls failed .*predict\(\) gave no answer within 200 ms \(timeout_ms\)/);
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.error)).toEqual(Array(3).fill('predict() gave no answer within 200 ms (timeout_ms)'));
  });

  it('a module fit that never settles: exit 3 and a message, never 13', () => {
    const model = 'export function predict(xs) { return xs.map(() => ({ label: "ham" })); }\nexport function fit() { return new Promise(() => {}); }\n';
    const dir = tempFiles({ 'm.mjs': model, 'd.jsonl': more, 's.yaml': suite('  module: ./m.mjs', ', holdout: 0.3') });
    const r = run(dir);
    expect(r.stderr).toContain('internal error');
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('internal error: the command stopped waiting on work that can never finish');
  });

  it('an error thrown outside any command (an unhandled rejection) exits 3, not 1', () => {
    const model = 'export function predict(xs) { Promise.reject(new Error("stray rejection")); return xs.map(() => ({ label: "ham" })); }\n';
    const dir = tempFiles({ 'm.mjs': model, 'd.jsonl': rows, 's.yaml': suite('  module: ./m.mjs') });
    const r = run(dir);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('evalgate: internal error: stray rejection');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
