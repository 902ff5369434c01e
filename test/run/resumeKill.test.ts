import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonl, tempFiles } from '../helpers/cli.js';

// Kill -9 a real `evalgate run` child at several moments, resume, and compare with a run that was
// never interrupted. The module model is slow (5 ms a batch) and logs every input it is asked to a
// side file, which tells what each (partial) run asked.
const bin = fileURLToPath(new URL('../../bin/evalgate.js', import.meta.url));
const words = ['good', 'great', 'bad', 'awful', 'fine', 'poor'];
const rows = Array.from({ length: 120 }, (_, i) => {
  const w = words[i % words.length];
  return { id: `r${i}`, text: `The meal number ${i} was ${w} and the staff were ${words[(i * 7) % words.length]}.`, label: ['good', 'great', 'fine'].includes(w) ? 'positive' : 'negative' };
});
const model = `import { appendFileSync } from 'node:fs';
export const identity = { name: 'slow-lexicon', version: '1' };
export const classes = ['negative', 'positive'];
const pos = ['good', 'great', 'fine'];
export async function predict(inputs) {
  await new Promise((r) => setTimeout(r, 5));
  appendFileSync(process.env.CALLS_FILE, inputs.map((t) => JSON.stringify(t)).join('\\n') + '\\n');
  return inputs.map((t) => {
    const n = String(t).split(/\\s+/).filter((w) => pos.includes(w.replace(/[^a-z]/g, ''))).length;
    const p = (n + 0.5) / 3;
    return { label: p >= 0.5 ? 'positive' : 'negative', probabilities: { negative: 1 - Math.min(p, 1), positive: Math.min(p, 1) } };
  });
}
`;
const suite = `suite: slow
seed: 5
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: positive }
model: { module: ./model.mjs, batch_size: 4 }
checks:
  - metrics: [accuracy, f1]
  - robustness: { runs: 8, perturbations: [typo, case] }
  - templates:
      lexicon: { adj: [good, bad, fine, poor], thing: [food, room] }
      tests: [{ name: adj, template: "The {thing} was {adj}.", label: positive }]
gates:
  - accuracy >= 0.5
`;

function run(dir: string, out: string, calls: string, extra: string[], killAfter?: number): Promise<{ code: number | null; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'run', join(dir, 'suite.yaml'), '--out', out, '--no-cache', '--quiet', ...extra], { env: { ...process.env, CALLS_FILE: calls }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (c) => (stderr += c));
    const timer = killAfter === undefined ? undefined : setInterval(() => {
      if (lines(calls).length >= killAfter && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    }, 2);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      resolve({ code, stderr, killed });
    });
  });
}

const lines = (f: string): string[] => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean) : []);
const recordedInputs = (out: string): Set<string> => {
  const text = existsSync(join(out, 'records.jsonl')) ? readFileSync(join(out, 'records.jsonl'), 'utf8') : '';
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return new Set(complete.split('\n').filter(Boolean).map((l) => JSON.stringify((JSON.parse(l) as { input: unknown }).input)));
};

describe('evalgate run --resume after kill -9', () => {
  it('asks the model nothing that has a record and ends with the uninterrupted results', async () => {
    const dir = tempFiles({ 'suite.yaml': suite, 'd.jsonl': jsonl(rows), 'model.mjs': model });
    const fullCalls = join(dir, 'full-calls.txt');
    const full = await run(dir, join(dir, 'full'), fullCalls, []);
    expect(full.code).toBe(0);
    const total = lines(fullCalls).length;
    expect(total).toBeGreaterThan(400);
    const expected = readFileSync(join(dir, 'full', 'results.json'), 'utf8');

    const out = join(dir, 'out');
    const calls = join(dir, 'calls.txt');
    // Killed at about 10 %, then resumed and killed again at 45 % and 80 % of the calls, then finished.
    let asked = 0;
    for (const [i, share] of [0.1, 0.45, 0.8, undefined].entries()) {
      const before = recordedInputs(out);
      if (i >= 2) expect(before.size).toBeGreaterThan(0);
      const from = lines(calls).length;
      const r = await run(dir, out, calls, i === 0 ? [] : ['--resume'], share === undefined ? undefined : Math.round(share * total));
      const now = lines(calls).slice(from);
      asked += now.length;
      // Not one input that had a complete record before this run was asked again.
      expect(now.filter((x) => before.has(x))).toEqual([]);
      if (share !== undefined) expect(r.killed).toBe(true);
      else expect(r.code).toBe(0);
    }
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(expected);
    // Only the answers in flight at each kill were asked twice.
    expect(asked).toBeGreaterThanOrEqual(total);
    expect(asked).toBeLessThan(total * 1.3);
  }, 120_000);

  it('drops a partially written last line with a warning and still ends with the same results', async () => {
    const dir = tempFiles({ 'suite.yaml': suite, 'd.jsonl': jsonl(rows.slice(0, 40)), 'model.mjs': model });
    const first = await run(dir, join(dir, 'a'), join(dir, 'c1.txt'), []);
    expect(first.code).toBe(0);
    const expected = readFileSync(join(dir, 'a', 'results.json'), 'utf8');
    const records = readFileSync(join(dir, 'a', 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    const out = join(dir, 'b');
    mkdirSync(out);
    const half = records.slice(0, Math.floor(records.length / 2));
    // A record cut in the middle, as a crash mid-write leaves it: valid JSON up to the cut only.
    writeFileSync(join(out, 'records.jsonl'), `${half.join('\n')}\n${records[half.length].slice(0, 25)}`);
    const r = await run(dir, out, join(dir, 'c2.txt'), ['--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/records\.jsonl ended in a partially written line \(25 bytes\): dropped/);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(expected);
    const after = readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(after.every((l) => typeof JSON.parse(l).id === 'string')).toBe(true);
    expect(after).toHaveLength(records.length);
  }, 60_000);

  it('journals an example whose text another example shares when only the other one had a record, without asking the model', async () => {
    // Rows d1 and d2 have one text: a run stopped between their records resumes with an answer
    // for d2 from d1's record, and d2 still needs a record of its own.
    const dup = [...rows.slice(0, 12), { ...rows[3], id: 'd2' }, { ...rows[7], id: 'd3' }];
    const metricsOnly = suite.replace(/  - robustness[^]*?(?=gates:)/, '');
    const dir = tempFiles({ 'suite.yaml': metricsOnly, 'd.jsonl': jsonl(dup), 'model.mjs': model });
    const first = await run(dir, join(dir, 'a'), join(dir, 'c1.txt'), []);
    expect(first.code).toBe(0);
    const records = readFileSync(join(dir, 'a', 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(records).toHaveLength(dup.length);
    const out = join(dir, 'b');
    mkdirSync(out);
    writeFileSync(join(out, 'records.jsonl'), `${records.filter((l) => !['d2', 'd3'].includes(JSON.parse(l).id)).join('\n')}\n`);
    const r = await run(dir, out, join(dir, 'c2.txt'), ['--resume']);
    expect(r.code).toBe(0);
    expect(lines(join(dir, 'c2.txt'))).toEqual([]);
    const after = readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    // The same records, latency aside (a reused answer carries the latency of the record it came from).
    const timeless = (ls: string[]) => ls.map((l) => JSON.stringify({ ...JSON.parse(l), latency_ms: null })).sort();
    expect(timeless(after)).toEqual(timeless(records));
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'a', 'results.json'), 'utf8'));
  }, 60_000);

  it('warns about a journal line that is JSON but not a record, naming its line, and asks its answer again', async () => {
    const dir = tempFiles({ 'suite.yaml': suite, 'd.jsonl': jsonl(rows.slice(0, 20)), 'model.mjs': model });
    const first = await run(dir, join(dir, 'a'), join(dir, 'c1.txt'), []);
    expect(first.code).toBe(0);
    const records = readFileSync(join(dir, 'a', 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    const out = join(dir, 'b');
    mkdirSync(out);
    writeFileSync(join(out, 'records.jsonl'), `${[records[0], '{"note":"not a record"}', ...records.slice(2)].join('\n')}\n`);
    const r = await run(dir, out, join(dir, 'c2.txt'), ['--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/records\.jsonl:2: 1 line is not a record \(the first here: id must be a string\): ignored/);
    expect(lines(join(dir, 'c2.txt'))).toEqual([JSON.stringify(JSON.parse(records[1]).input)]);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'a', 'results.json'), 'utf8'));
  }, 60_000);
});
