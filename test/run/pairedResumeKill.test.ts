import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonl, tempFiles } from '../helpers/cli.js';

// Kill -9 a real `evalgate run` of a two-model suite at several moments (in the baseline's calls,
// then in the candidate's), resume each time, and compare with a run never interrupted. Both
// models are slow (15 ms a batch) and log `who<TAB>input` for every input they are asked.
const bin = fileURLToPath(new URL('../../bin/evalgate.js', import.meta.url));
const LABELS = ['a', 'b', 'c'];
const rows = Array.from({ length: 120 }, (_, i) => ({ id: `ex${i}`, text: `${LABELS[i % 3]}:${i}`, label: LABELS[i % 3] }));
const model = (who: string, rightIf: string) => `import { appendFileSync } from 'node:fs';
export const identity = { name: '${who}', version: '1' };
const labels = ['a', 'b', 'c'];
export async function predict(inputs) {
  await new Promise((r) => setTimeout(r, 15));
  appendFileSync(process.env.CALLS_FILE, inputs.map((t) => '${who}\\t' + JSON.stringify(t)).join('\\n') + '\\n');
  return inputs.map((t) => {
    const [label, s] = t.split(':');
    const i = Number(s);
    return { label: ${rightIf} ? label : labels[(labels.indexOf(label) + 1) % 3] };
  });
}
`;
const suite = (checks: string) => `suite: paired-slow
seed: 3
data: { path: d.jsonl, id: id, input: text, label: label }
baseline: { module: ./base.mjs, batch_size: 4 }
candidate: { module: ./cand.mjs, batch_size: 4 }
checks:
${checks}comparison:
  resamples: 300
  gates:
    - accuracy: improves
`;
const suites = {
  // Metrics only (the streaming path), and metrics with a robustness search (examples held together).
  'stream.yaml': suite('  - metrics: [accuracy, f1]\n'),
  'search.yaml': suite('  - metrics: [accuracy]\n  - robustness: { runs: 4, examples: 30, perturbations: [typo, case] }\n'),
};

function run(dir: string, name: string, out: string, calls: string, extra: string[], killAfter?: number): Promise<{ code: number | null; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'run', join(dir, name), '--out', out, '--no-cache', '--quiet', ...extra], { env: { ...process.env, CALLS_FILE: calls }, stdio: ['ignore', 'ignore', 'ignore'] });
    let killed = false;
    const timer = killAfter === undefined ? undefined : setInterval(() => {
      if (lines(calls).length >= killAfter && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    }, 2);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      resolve({ code, killed });
    });
  });
}

const lines = (f: string): string[] => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean) : []);
// `who<TAB>input` of every complete record of a journal.
const recorded = (file: string, who: string): string[] => {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean).map((l) => `${who}\t${JSON.stringify(JSON.parse(l).input)}`);
};

describe('evalgate run --resume of a two-model suite after kill -9', () => {
  for (const name of Object.keys(suites)) {
    it(`${name}: asks neither model again for an answered input and ends with the uninterrupted results`, async () => {
      const dir = tempFiles({ ...suites, 'd.jsonl': jsonl(rows), 'base.mjs': model('base', 'i % 10 < 6'), 'cand.mjs': model('cand', '(i * 7) % 10 < 8') });
      const out = join(dir, 'out');
      const fullCalls = join(dir, 'full-calls.txt');
      const full = await run(dir, name, out, fullCalls, []);
      expect(full.code).toBe(0);
      const all = lines(fullCalls);
      const baseCalls = all.filter((l) => l.startsWith('base\t')).length;
      const expected = readFileSync(join(out, 'results.json'), 'utf8');
      const expectedBase = readFileSync(join(out, 'baseline', 'results.json'), 'utf8');
      // The same --out (the comparison names it), emptied first: a stale candidate journal would be resumed.
      rmSync(out, { recursive: true });
      const calls = join(dir, 'calls.txt');
      // Killed in the baseline's calls (30 % of them), then in the candidate's (20 % and 70 %), then finished.
      const moments = [Math.round(0.3 * baseCalls), baseCalls + Math.round(0.2 * (all.length - baseCalls)), baseCalls + Math.round(0.7 * (all.length - baseCalls)), undefined];
      let asked = 0;
      for (const [i, at] of moments.entries()) {
        const before = new Set([...recorded(join(out, 'baseline', 'records.jsonl'), 'base'), ...recorded(join(out, 'records.jsonl'), 'cand')]);
        if (i > 0) expect(before.size).toBeGreaterThan(0);
        const from = lines(calls).length;
        const r = await run(dir, name, out, calls, i === 0 ? [] : ['--resume'], at);
        const now = lines(calls).slice(from);
        asked += now.length;
        expect(now.filter((x) => before.has(x))).toEqual([]);
        if (at !== undefined) expect(r.killed).toBe(true);
        else expect(r.code).toBe(0);
      }
      expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(expected);
      expect(readFileSync(join(out, 'baseline', 'results.json'), 'utf8')).toBe(expectedBase);
      expect(asked).toBeGreaterThanOrEqual(all.length);
      expect(asked).toBeLessThan(all.length * 1.3);
    }, 120_000);
  }
});
