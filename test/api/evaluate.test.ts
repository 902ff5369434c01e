import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, mergeRun, type EvaluateHooks } from '../../src/index.js';
import { jsonl, tempFiles } from '../helpers/cli.js';

// evaluate and mergeRun are `evalgate run` and `evalgate merge` as API calls: the verdict is
// decided here, what the CLI prints comes through hooks.

const rows = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, text: i % 3 === 0 ? `win cash ${i}` : `lunch at ${i}`, label: i % 3 === 0 ? 'spam' : 'ham' }));
const ok = `export function predict(inputs) { return inputs.map((t) => ({ label: t.startsWith('win') ? 'spam' : 'ham' })); }\n`;
const broken = `export function predict() { throw new Error('down'); }\n`;
const suite = (model: string) => `suite: api\ndata: { path: d.jsonl, id: id, input: text, label: label }\nmodel: { module: ./${model} }\nchecks:\n  - metrics: [accuracy]\ngates:\n  - accuracy >= 0.9\n`;

function recorder(): EvaluateHooks & { lines: string[] } {
  const lines: string[] = [];
  return { lines, onStart: (s) => lines.push(`start ${s.name}`), warn: (l) => lines.push(`warn ${l}`), info: (l) => lines.push(`info ${l}`) };
}

describe('evaluate', () => {
  it('runs a suite file, writes the outputs, decides the verdict and releases the output lock', async () => {
    const dir = tempFiles({ 'ok.mjs': ok, 'd.jsonl': jsonl(rows), 's.yaml': suite('ok.mjs') });
    const out = join(dir, 'out');
    const hooks = recorder();
    const done = await evaluate(join(dir, 's.yaml'), { out, cacheDir: join(dir, 'cache'), saveBaseline: 'main', baselinesDir: join(dir, 'baselines') }, hooks);
    expect(done.kind).toBe('run');
    if (done.kind !== 'run') return;
    expect(done.verdict).toBe('pass');
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).verdict).toBe('pass');
    for (const f of ['report.html', 'junit.xml', 'summary.md', 'records.jsonl']) expect(existsSync(join(out, f))).toBe(true);
    expect(existsSync(join(out, '.evalgate.lock'))).toBe(false);
    expect(hooks.lines).toEqual(['start api', `info saved baseline 'main' in ${join(dir, 'baselines', 'main')}`]);
  });

  it('says error when the run could not complete, and saves no baseline of it', async () => {
    const dir = tempFiles({ 'broken.mjs': broken, 'd.jsonl': jsonl(rows), 's.yaml': suite('broken.mjs') });
    const hooks = recorder();
    const done = await evaluate(join(dir, 's.yaml'), { out: join(dir, 'out'), saveBaseline: 'main', baselinesDir: join(dir, 'baselines') }, hooks);
    expect(done.kind === 'run' && done.verdict).toBe('error');
    expect(hooks.lines).toContain("warn baseline 'main' not saved: the run could not complete");
    expect(existsSync(join(dir, 'baselines'))).toBe(false);
  });

  it('runs shards without a verdict of their own; resuming says what it found; mergeRun judges the whole', async () => {
    const dir = tempFiles({ 'ok.mjs': ok, 'd.jsonl': jsonl(rows), 's.yaml': suite('ok.mjs') });
    const shards = [];
    for (const i of [1, 2]) {
      const done = await evaluate(join(dir, 's.yaml'), { out: join(dir, `shard${i}`), shard: `${i}/2` });
      expect(done.kind).toBe('shard');
      if (done.kind === 'shard') shards.push(done.manifest.counts.records);
      expect(existsSync(join(dir, `shard${i}`, 'results.json'))).toBe(false);
    }
    expect(shards[0] + shards[1]).toBe(rows.length);
    const hooks = recorder();
    const again = await evaluate(join(dir, 's.yaml'), { out: join(dir, 'shard1'), shard: { index: 1, count: 2 }, resume: true }, hooks);
    expect(again.kind).toBe('shard');
    expect(hooks.lines).toEqual(['start api', `info resuming: ${shards[0]} answers already recorded`]);
    const merged = await mergeRun([join(dir, 'shard1'), join(dir, 'shard2')], { out: join(dir, 'merged') });
    expect(merged.verdict).toBe('pass');
    expect(merged.outcome.results.model?.calls).toBe(rows.length);
  });
});
