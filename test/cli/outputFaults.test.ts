import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonl, tempFiles } from '../helpers/cli.js';

// Output directories in the way, two writers at once, a full disk: each a clear exit 2 or 3 with a
// message naming the file, never an internal error or a stack trace.
const bin = fileURLToPath(new URL('../../bin/evalgate.js', import.meta.url));
const rows = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, text: i % 2 ? `good day ${i}` : `bad day ${i}`, label: i % 2 ? 'pos' : 'neg' }));
// With HOLD_FILE set, the model answers nothing until that file exists (a run held open as long as a test needs).
const slowModel = `import { existsSync } from 'node:fs';
export async function predict(inputs) {
  while (process.env.HOLD_FILE && !existsSync(process.env.HOLD_FILE)) await new Promise((r) => setTimeout(r, 20));
  return inputs.map((t) => ({ label: /good/.test(t) ? 'pos' : 'neg' }));
}
`;
const suite = `suite: faults
data: { path: d.jsonl, id: id, input: text, label: label }
model: { module: ./model.mjs, batch_size: 2 }
checks:
  - metrics: [accuracy]
gates:
  - accuracy >= 0.9
`;
const files = () => tempFiles({ 'suite.yaml': suite, 'd.jsonl': jsonl(rows), 'model.mjs': slowModel });
const evalgate = (cwd: string, args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });

describe('output directory faults', () => {
  it('--out naming an existing file exits 2 naming it', () => {
    const dir = files();
    writeFileSync(join(dir, 'taken'), 'x');
    const r = evalgate(dir, ['run', 'suite.yaml', '--out', 'taken']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('taken: cannot write here: a file is in the way');
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it('a directory named records.jsonl inside --out exits 2 naming it', () => {
    const dir = files();
    mkdirSync(join(dir, 'out', 'records.jsonl'), { recursive: true });
    const r = evalgate(dir, ['run', 'suite.yaml', '--out', 'out']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('records.jsonl: cannot write here: a directory is in the way');
    expect(r.stderr).not.toMatch(/internal error|Unhandled|at .*\.js:\d+/);
  });

  it('a directory named results.json inside --out exits 2 naming it, after the journal is written', () => {
    const dir = files();
    mkdirSync(join(dir, 'out', 'results.json'), { recursive: true });
    const r = evalgate(dir, ['run', 'suite.yaml', '--out', 'out']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('results.json: cannot write here: a directory is in the way');
    expect(readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(rows.length);
  });

  it('a second run on the same --out exits 2 naming the first, which finishes with an intact journal', async () => {
    const dir = files();
    // The first run is held until the second has been refused, however slowly either starts.
    const hold = join(dir, 'release');
    const first = spawn(process.execPath, [bin, 'run', 'suite.yaml', '--out', 'out', '--quiet'], { cwd: dir, env: { ...process.env, HOLD_FILE: hold }, stdio: ['ignore', 'pipe', 'pipe'] });
    const done = new Promise<number | null>((r) => first.on('close', r));
    const lock = join(dir, 'out', '.evalgate.lock');
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 10));
    const second = evalgate(dir, ['run', 'suite.yaml', '--out', 'out']);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`another evalgate run writes here: pid ${first.pid}`);
    writeFileSync(hold, '');
    expect(await done).toBe(0);
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(records.map((l) => JSON.parse(l).id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(existsSync(lock)).toBe(false);
  }, 60_000);

  it('a full disk while journaling exits 3 saying so, with whole records only and --resume to continue', () => {
    const dir = files();
    mkdirSync(join(dir, 'out'));
    // /dev/full answers every write with ENOSPC, as a full disk does.
    symlinkSync('/dev/full', join(dir, 'out', 'records.jsonl'));
    const r = evalgate(dir, ['run', 'suite.yaml', '--out', 'out']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('disk full while writing out/records.jsonl');
    expect(r.stderr).toContain('--resume');
    expect(r.stderr).not.toMatch(/internal error|please report/);
  });
});
