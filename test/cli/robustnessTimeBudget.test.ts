import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

// A model that takes 20 ms a call and never changes its answer.
const SLOW = `
export async function predict(inputs) {
  await new Promise((r) => setTimeout(r, 20));
  return inputs.map(() => ({ label: 'pos' }));
}
`;

describe('evalgate run: robustness time_budget_ms', () => {
  it('stops each search at its budget after at least one model call, and reports the interrupted searches', async () => {
    const rows = ['the food was lovely', 'a great view from the top', 'kind staff and warm rooms'].map((text, i) => ({ id: `r${i}`, text, label: 'pos' }));
    const dir = tempFiles({
      'model.mjs': SLOW,
      'data.jsonl': jsonl(rows),
      'suite.yaml': `suite: budget
seed: 1
data: { path: data.jsonl, id: id, input: text, label: label }
model: { module: ./model.mjs }
checks:
  - robustness: { perturbations: [typo], runs: 1000, time_budget_ms: 5, concurrency: 1 }
`,
    });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const typo = results.checks.robustness.perturbations.find((p: { name: string }) => p.name === 'typo');
    expect(typo.interrupted).toBe(3);
    expect(results.figures['robustness.typo.tested'].value).toBe(3);
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const asked = records.filter((x: { check: string; variant: string; kind?: string }) => x.check === 'robustness' && x.variant === 'typo' && x.kind === undefined);
    // 20 ms per call against a 5 ms budget: each search asks once, then stops (1,000 runs without it).
    expect(asked).toHaveLength(3);
  });
});
