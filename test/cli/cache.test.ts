import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

// issue 16 item 6: a cache you can trust.
const rows = jsonl(Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, text: `t${i}`, label: 'ham' })));
const moduleCode = (label: string) => `export function predict(xs) { return xs.map(() => ({ label: '${label}' })); }\n`;
// A command model speaking JSON lines (docs/command-protocol.md) that answers `label` to everything.
const scriptCode = (label: string) => `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, inputs } = JSON.parse(line);
  process.stdout.write(JSON.stringify({ id, outputs: inputs.map(() => ({ label: '${label}' })) }) + '\\n');
});
`;
const suite = (model: string) => `suite: c\ndata: { path: d.jsonl, id: id, input: text, label: label }\nmodel:\n${model}\nchecks:\n  - metrics: [accuracy]\n`;
const accuracy = (out: string) => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).figures.accuracy.value as number;

describe('the response cache', () => {
  it('edit a module model\'s file: the next run asks again, and says so; an unchanged one is reused and results.json is identical', async () => {
    const dir = tempFiles({ 'm.mjs': moduleCode('ham'), 'd.jsonl': rows, 's.yaml': suite('  module: ./m.mjs\n  cache: true') });
    const cache = join(dir, 'cache');
    const run = (out: string, extra: string[] = []) => runCli(['run', join(dir, 's.yaml'), '--out', join(dir, out), '--cache-dir', cache, ...extra]);
    const first = await run('o1');
    expect(first.stderr).toContain(`cache (${cache}): 0 answers reused, 6 asked of the model`);
    const second = await run('o2');
    expect(second.stderr).toContain(`cache (${cache}): 6 answers reused, 0 asked of the model`);
    // results.json says how the answers were got; without that one field the two are the same byte for byte.
    const withoutCache = (out: string) => readFileSync(join(dir, out, 'results.json'), 'utf8').replace(/,\n {2}"cache": \{[^}]*\}/, '');
    expect(JSON.parse(readFileSync(join(dir, 'o1', 'results.json'), 'utf8')).cache).toEqual({ hits: 0, misses: 6 });
    expect(JSON.parse(readFileSync(join(dir, 'o2', 'results.json'), 'utf8')).cache).toEqual({ hits: 6, misses: 0 });
    expect(withoutCache('o2')).toBe(withoutCache('o1'));
    expect(withoutCache('o1')).not.toContain('"cache"');
    expect(JSON.parse(readFileSync(join(dir, 'o1', 'timing.json'), 'utf8')).cache).toEqual({ hits: 0, misses: 6 });
    writeFileSync(join(dir, 'm.mjs'), `// edited\n${moduleCode('spam')}`);
    const third = await run('o3');
    expect(third.stderr).toContain(`cache (${cache}): 0 answers reused, 6 asked of the model`);
    expect(accuracy(join(dir, 'o1'))).toBe(1);
    expect(accuracy(join(dir, 'o3'))).toBe(0);
    const code = (out: string) => JSON.parse(readFileSync(join(dir, out, 'results.json'), 'utf8')).model.parameters.code;
    expect(code('o1')).toEqual({ './m.mjs': expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(code('o3')['./m.mjs']).not.toBe(code('o1')['./m.mjs']);
  });

  it('--resume never replays the answers of an edited module', async () => {
    const dir = tempFiles({ 'm.mjs': moduleCode('ham'), 'd.jsonl': rows, 's.yaml': suite('  module: ./m.mjs') });
    const out = join(dir, 'out');
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', out])).code).toBe(0);
    expect(accuracy(out)).toBe(1);
    writeFileSync(join(dir, 'm.mjs'), moduleCode('spam'));
    await runCli(['run', join(dir, 's.yaml'), '--out', out, '--resume']);
    expect(accuracy(out)).toBe(0);
  });

  it('edit a command model\'s script: the next run asks again, and says so', async () => {
    const dir = tempFiles({ 'model.mjs': scriptCode('ham'), 'd.jsonl': rows, 's.yaml': suite(`  command: [${JSON.stringify(process.execPath)}, model.mjs]`) });
    const cache = join(dir, 'cache');
    const run = (out: string) => runCli(['run', join(dir, 's.yaml'), '--out', join(dir, out), '--cache-dir', cache]);
    expect((await run('o1')).stderr).toContain('0 answers reused, 6 asked of the model');
    expect((await run('o2')).stderr).toContain('6 answers reused, 0 asked of the model');
    writeFileSync(join(dir, 'model.mjs'), scriptCode('spam'));
    expect((await run('o3')).stderr).toContain('0 answers reused, 6 asked of the model');
    expect(accuracy(join(dir, 'o3'))).toBe(0);
  });

  it('evalgate cache info and cache clear', async () => {
    const dir = tempFiles({ 'm.mjs': moduleCode('ham'), 'd.jsonl': rows, 's.yaml': suite('  module: ./m.mjs\n  cache: true') });
    const cache = join(dir, 'cache');
    expect((await runCli(['cache', 'info', '--cache-dir', cache])).stdout).toBe(`no cache at ${cache}\n`);
    await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--cache-dir', cache]);
    const info = await runCli(['cache', 'info', '--cache-dir', cache]);
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(new RegExp(`^cache: ${cache}\\n6 cached answers in \\d+ files, \\d+ bytes\\n$`));
    writeFileSync(join(cache, 'notes.txt'), 'mine');
    const clear = await runCli(['cache', 'clear', '--cache-dir', cache]);
    expect(clear.code).toBe(0);
    expect(clear.stdout).toMatch(/^cleared .*: 6 cached answers deleted \(\d+ files, \d+ bytes\)\nleft alone: notes.txt \(not the cache's files\)\n$/);
    expect(readFileSync(join(cache, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await runCli(['cache', 'info', '--cache-dir', cache])).stdout).toMatch(/0 cached answers in 0 files/);
    const onFile = await runCli(['cache', 'info', '--cache-dir', join(dir, 'd.jsonl')]);
    expect([onFile.code, onFile.stderr]).toEqual([2, `error: --cache-dir: ${join(dir, 'd.jsonl')}: cannot read it as a cache directory (ENOTDIR)\n`]);
    const bad = await runCli(['cache', 'wipe']);
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, 'd.jsonl'))).toBe(true);
  });
});
