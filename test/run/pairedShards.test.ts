import { describe, expect, it } from 'vitest';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

// Two-model suites sharded and merged: the merged results.json (comparison block included) and
// both journals equal the unsharded run's; a shard with a cut baseline journal is refused by name.
const LABELS = ['a', 'b', 'c'];
const rows = Array.from({ length: 240 }, (_, i) => ({ id: `ex${i}`, text: `${LABELS[i % 3]}:${i}`, label: LABELS[i % 3] }));
// Right on examples whose number passes `rightIf`; else the next label.
const model = (name: string, rightIf: string) => `export const identity = { name: '${name}', version: '1' };
const labels = ['a', 'b', 'c'];
export function predict(inputs) {
  return inputs.map((t) => {
    const [label, s] = t.split(':');
    const i = Number(s);
    return { label: ${rightIf} ? label : labels[(labels.indexOf(label) + 1) % 3] };
  });
}
`;
const paired = (checks: string) => `suite: checkpoints
seed: 5
data: { path: data.jsonl, id: id, input: text, label: label }
baseline: { module: ./base.mjs, batch_size: 16 }
candidate: { module: ./cand.mjs, batch_size: 16 }
checks:
${checks}comparison:
  resamples: 500
  gates:
    - accuracy: improves
    - f1.macro: candidate - baseline >= -0.05 at 95%
`;
const suites = {
  // Metrics only: both models stream.
  'stream.yaml': paired('  - metrics: [accuracy, f1, mcc]\n'),
  // Metrics and a robustness search: the examples are held together.
  'search.yaml': paired('  - metrics: [accuracy, f1]\n  - robustness: { runs: 6, examples: 40, perturbations: [typo, case] }\n'),
};
const files = { ...suites, 'data.jsonl': jsonl(rows), 'base.mjs': model('base', 'i % 10 < 6'), 'cand.mjs': model('cand', '(i * 7) % 10 < 8') };
const noLatency = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.stringify({ ...JSON.parse(l), latency_ms: null }));

async function shards(dir: string, suite: string, n: number): Promise<string[]> {
  const outs: string[] = [];
  for (let i = 1; i <= n; i++) {
    const out = join(dir, `${suite}-shard-${i}`);
    const r = await runCli(['run', join(dir, suite), '--out', out, '--shard', `${i}/${n}`, '--no-cache', '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    outs.push(out);
  }
  return outs;
}

describe('two-model suites: --shard and evalgate merge', () => {
  for (const name of Object.keys(suites)) {
    it(`merges ${name} into the unsharded run's results.json and journals, comparison included`, async () => {
      const dir = tempFiles(files);
      // The comparison names the output directories: the unsharded run and the merge use the same --out.
      const full = await runCli(['run', join(dir, name), '--out', join(dir, 'out'), '--no-cache', '--quiet']);
      expect(afterHeader(full.stderr)).toBe('');
      renameSync(join(dir, 'out'), join(dir, 'full'));
      const fullResults = JSON.parse(readFileSync(join(dir, 'full', 'results.json'), 'utf8'));
      // The runs differ both ways, so the comparison's example lists depend on the records' order.
      expect(fullResults.comparison.mcnemar.fixed).toBeGreaterThan(0);
      expect(fullResults.comparison.mcnemar.broken).toBeGreaterThan(0);
      const outs = await shards(dir, name, 3);
      const manifests = outs.map((o) => JSON.parse(readFileSync(join(o, 'shard.json'), 'utf8')));
      for (const m of manifests) {
        expect(m.counts.records).toBeGreaterThan(0);
        expect(m.counts.baseline_records).toBeGreaterThan(0);
      }
      expect(manifests.reduce((s, m) => s + m.counts.baseline_records, 0)).toBe(noLatency(join(dir, 'full', 'baseline', 'records.jsonl')).length);
      const merged = await runCli(['merge', ...outs.reverse(), '--out', join(dir, 'out'), '--quiet']);
      expect(afterHeader(merged.stderr)).toBe('');
      expect(merged.code).toBe(full.code);
      expect(readFileSync(join(dir, 'out', 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'full', 'results.json'), 'utf8'));
      expect(readFileSync(join(dir, 'out', 'baseline', 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'full', 'baseline', 'results.json'), 'utf8'));
      // The merge writes the journals in the run's order, not shard by shard.
      expect(noLatency(join(dir, 'out', 'records.jsonl'))).toEqual(noLatency(join(dir, 'full', 'records.jsonl')));
      expect(noLatency(join(dir, 'out', 'baseline', 'records.jsonl'))).toEqual(noLatency(join(dir, 'full', 'baseline', 'records.jsonl')));
    }, 60_000);
  }

  it("refuses a shard whose baseline journal was cut short, naming it (exit 2)", async () => {
    const dir = tempFiles(files);
    const [a, b, c] = await shards(dir, 'stream.yaml', 3);
    const file = join(b, 'baseline', 'records.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    writeFileSync(file, `${lines.slice(0, -2).join('\n')}\n`);
    const r = await runCli(['merge', a, b, c, '--out', join(dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: shard 2/3 has ${lines.length - 2} records, its manifest says ${lines.length}`);
  }, 60_000);
});
