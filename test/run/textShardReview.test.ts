import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

// Review: a safety check over data.prediction (no model) under --shard. The metrics-only case was
// fixed (each shard journals its own rows); runSuite calls runTextChecks without `only`, so every
// shard writes an outcome record for every row.
const rows = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, text: `q${i}`, pred: i % 2 ? "I'm sorry" : 'sure', category: 'harmful' }));
const suite = `suite: nm
seed: 1
data: { path: d.jsonl, id: id, input: text, prediction: pred }
checks:
  - safety:
      category: category
      include: [refusal]
gates:
  - safety.refusal.harmful.rate >= 0
`;

const lines = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l !== '');

describe('--shard on a safety check without a model (review)', () => {
  it("the shards' records add up to the unsharded run's", async () => {
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows) });
    const full = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'full'), '--quiet']);
    expect(full.code).toBe(0);
    let total = 0;
    for (const i of [1, 2]) {
      const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, `s${i}`), '--shard', `${i}/2`, '--quiet']);
      expect(r.code).toBe(0);
      total += lines(join(dir, `s${i}`, 'records.jsonl')).length;
    }
    expect(total).toBe(lines(join(dir, 'full', 'records.jsonl')).length);
  }, 60_000);
});
