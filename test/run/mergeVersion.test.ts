import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';
import { VERSION } from '../../src/version.js';
import { checkShardSet } from '../../src/run/checkShardSet.js';
import type { ShardManifest } from '../../src/run/shardManifest.js';

const rows = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, text: `message ${i} is ${i % 2 ? 'good' : 'bad'}`, label: i % 2 ? 'positive' : 'negative' }));
const model = `export const classes = ['negative', 'positive'];
export function predict(inputs) { return inputs.map((t) => ({ label: String(t).includes('good') ? 'positive' : 'negative' })); }
`;
const suite = `suite: v
seed: 1
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: positive }
model: { module: ./model.mjs }
checks:
  - metrics: [accuracy]
  - robustness: { runs: 5, perturbations: [typo] }
`;

describe('merge and the evalgate version', () => {
  it('refuses shards that another evalgate version wrote, even when they agree with each other (exit 2)', async () => {
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows), 'model.mjs': model });
    const outs: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const out = join(dir, `shard-${i}`);
      expect((await runCli(['run', join(dir, 's.yaml'), '--out', out, '--shard', `${i}/2`, '--quiet'])).code).toBe(0);
      outs.push(out);
    }
    const ok = await runCli(['merge', ...outs, '--out', join(dir, 'merged'), '--quiet']);
    expect(ok.code).toBe(0);
    for (const out of outs) {
      const m = JSON.parse(readFileSync(join(out, 'shard.json'), 'utf8'));
      writeFileSync(join(out, 'shard.json'), JSON.stringify({ ...m, evalgate: '0.0.1' }));
    }
    const r = await runCli(['merge', ...outs, '--out', join(dir, 'merged2')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${outs[0]}: evalgate 0.0.1 wrote the shards, this is evalgate ${VERSION}: merge them with evalgate 0.0.1`);
  });

  it('checkShardSet compares the shards with the running version only when given one', () => {
    const m = (index: number, evalgate: string): ShardManifest => ({ evalgate, suite: { name: 's', file: 's.yaml', sha256: 'a'.repeat(64) }, data: { sha256: 'b'.repeat(64) }, shard: { index, count: 2 }, counts: { records: 1, calls: 1, errors: 0 } });
    const set = [{ dir: 'a', manifest: m(1, '1.0.0') }, { dir: 'b', manifest: m(2, '1.0.0') }];
    expect(checkShardSet(set)).toEqual([]);
    expect(checkShardSet(set, { version: '1.0.0' })).toEqual([]);
    expect(checkShardSet(set, { version: '1.1.0' }).map((p) => [p.code, p.file])).toEqual([['foreign-shard', 'a']]);
  });
});
