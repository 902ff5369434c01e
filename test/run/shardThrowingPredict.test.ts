import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

// An adapter whose predict call throws (an adapter bug, not a failed request) for any batch that
// holds the input "boom": evalgate turns the batch into error answers, one per input.
vi.mock('../../src/models/createModel.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/models/createModel.js')>();
  return {
    ...real,
    createModel: async (...args: Parameters<typeof real.createModel>) => {
      const model = await real.createModel(...args);
      return { ...model, identity: model.identity, predict: async (inputs: readonly unknown[]) => {
        if (inputs.includes('boom')) throw new Error('adapter bug');
        return model.predict(inputs);
      } };
    },
  };
});

const rows = [...Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, text: `message ${i} is ${i % 3 ? 'good' : 'bad'}`, label: i % 3 ? 'positive' : 'negative' })), { id: 'b', text: 'boom', label: 'negative' }];
const lexicon = `export const classes = ['negative', 'positive'];
export function predict(inputs) {
  return inputs.map((t) => ({ label: String(t).includes('good') ? 'positive' : 'negative' }));
}
`;
const suite = `suite: throwing
seed: 2
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: positive }
model: { module: ./lexicon.mjs, batch_size: 4, max_error_rate: 0.5 }
checks:
  - metrics: [accuracy]
`;
const records = (dir: string) => readFileSync(join(dir, 'records.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a predict call that threw', () => {
  it('is journaled with the model that was asked, and a merge of the shards keeps the failures as answered (not as missing)', async () => {
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows), 'lexicon.mjs': lexicon });
    const full = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'full'), '--quiet']);
    expect(full.code).toBe(0);
    const failed = records(join(dir, 'full')).filter((r) => r.error !== null);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].error).toBe('predict failed: adapter bug');
    expect(failed.every((r) => typeof r.model === 'string')).toBe(true);
    const outs: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = join(dir, `shard-${i}`);
      const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--shard', `${i}/3`, '--quiet']);
      expect(r.code).toBe(0);
      outs.push(out);
    }
    const merged = await runCli(['merge', ...outs, '--out', join(dir, 'merged'), '--quiet']);
    expect(afterHeader(merged.stderr)).toBe('');
    expect(merged.code).toBe(0);
    // The shards batched other inputs with "boom" than the unsharded run did, so other examples
    // failed: the merge keeps the shards' answers, failures included, and counts them.
    const answers = (rs: Record<string, unknown>[]) => rs.map((r) => JSON.stringify([r.id, r.output, r.error, r.model])).sort();
    const shardRecords = outs.flatMap(records);
    expect(answers(records(join(dir, 'merged')))).toEqual(answers(shardRecords));
    const res = JSON.parse(readFileSync(join(dir, 'merged', 'results.json'), 'utf8'));
    expect(res.model.errors).toBe(shardRecords.filter((r) => r.error !== null).length);
    expect(res.model.errors).toBeGreaterThan(0);
  });

  it('--resume of a complete journal replays the failed calls instead of journaling them again', async () => {
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows), 'lexicon.mjs': lexicon });
    const out = join(dir, 'out');
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', out, '--quiet'])).code).toBe(0);
    const before = readFileSync(join(out, 'records.jsonl'), 'utf8');
    const results = readFileSync(join(out, 'results.json'), 'utf8');
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--resume', '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(results);
  });
});
