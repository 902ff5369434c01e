import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

// Journal records without an `error` field: no build writes them (every record has `error`,
// a string or null), so they are hand-written or damaged. They are not records: resume warns,
// naming the line and the field, and asks again; merge and compare refuse them (exit 2).
const rows = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, text: `message ${i} is ${i % 2 ? 'good' : 'bad'}`, label: i % 2 ? 'positive' : 'negative' }));
const model = `import { appendFileSync } from 'node:fs';
export const classes = ['negative', 'positive'];
export function predict(inputs) {
  appendFileSync(new URL('./calls.txt', import.meta.url), inputs.map((t) => JSON.stringify(t)).join('\\n') + '\\n');
  return inputs.map((t) => ({ label: String(t).includes('good') ? 'positive' : 'negative' }));
}
`;
const suite = `suite: shape
seed: 1
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: positive }
model: { module: ./model.mjs }
checks:
  - metrics: [accuracy]
`;
const setup = () => tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows), 'model.mjs': model });
/** Removes the `error` field of the records of lines 3 to 5 of a journal. */
function dropErrors(path: string): void {
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  writeFileSync(path, `${lines.map((l, i) => (i >= 2 && i <= 4 ? JSON.stringify({ ...JSON.parse(l), error: undefined }) : l)).join('\n')}\n`);
}

describe('journal records without an error field', () => {
  it('--resume warns, naming the line and the field, and asks those answers again: nothing is lost', async () => {
    const dir = setup();
    const out = join(dir, 'out');
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', out, '--quiet'])).code).toBe(0);
    const results = readFileSync(join(out, 'results.json'), 'utf8');
    dropErrors(join(out, 'records.jsonl'));
    writeFileSync(join(dir, 'calls.txt'), '');
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--resume', '--quiet']);
    expect(r.stderr).toContain(`warning: ${out}/records.jsonl:3: 3 lines are not a record (the first here: error must be a string or null, got none): ignored, the answers they held are asked again`);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'calls.txt'), 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).figures.n.value).toBe(20);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(results);
  });

  it('merge refuses a shard holding one, naming its file, line and field (exit 2)', async () => {
    const dir = setup();
    const outs: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const out = join(dir, `shard-${i}`);
      expect((await runCli(['run', join(dir, 's.yaml'), '--out', out, '--shard', `${i}/2`, '--quiet'])).code).toBe(0);
      outs.push(out);
    }
    dropErrors(join(outs[1], 'records.jsonl'));
    const r = await runCli(['merge', ...outs, '--out', join(dir, 'merged')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${outs[1]}/records.jsonl:3: shard 2/2: 3 lines are not a record (the first here: error must be a string or null, got none)`);
  });

  it('compare refuses one, naming its file, line and field (exit 2)', async () => {
    const dir = setup();
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', a, '--quiet'])).code).toBe(0);
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', b, '--quiet'])).code).toBe(0);
    dropErrors(join(a, 'records.jsonl'));
    const r = await runCli(['compare', a, b, '--out', join(dir, 'cmp')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${a}/records.jsonl:3 error: must be a string or null in a record (got none)`);
  });
});
