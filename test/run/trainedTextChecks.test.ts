import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

// Safety and quality checks of a model the suite trains (builtin naive-bayes): fitted once on the
// holdout's training rows, scored on the held-out rows only, like the metrics check.
const names = { a: ['John', 'Peter', 'Mark'], b: ['Mary', 'Susan', 'Linda'] };
const words = ['good', 'great', 'bad', 'awful', 'fine', 'poor'];
const rows = Array.from({ length: 80 }, (_, i) => {
  const group = i % 2 === 0 ? 'a' : 'b';
  const w = words[i % 6];
  return {
    id: `r${i}`,
    text: `${names[group][i % 3]} said ${group === 'a' ? 'his' : 'her'} meal was ${w} and the room ${words[(i * 5) % 6]}`,
    label: ['good', 'great', 'fine'].includes(w) ? 'positive' : 'negative',
    group,
  };
});

const suite = (checks: string, gates = '  - quality.majority_gain >= 0\n') => `suite: nb-text
seed: 3
data: { path: d.jsonl, id: id, input: text, label: label, group: group, pos_label: positive, holdout: 0.25 }
model: { builtin: naive-bayes }
checks:
${checks}gates:
${gates}`;

type Rec = { id: string; check: string; variant: string | null; output: unknown; expected: unknown; error: string | null };

async function run(text: string) {
  const dir = tempFiles({ 'suite.yaml': text, 'd.jsonl': jsonl(rows) });
  const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out'), '--no-cache', '--quiet']);
  const results = r.code === 2 ? undefined : JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
  const records = r.code === 2 ? [] : (readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)) as Rec[]).filter((x) => (x as { kind?: string }).kind !== 'outcome');
  return { r, results, records };
}

describe('safety and quality checks of a trained builtin model', () => {
  it('a suite with only quality and safety checks fits the model and scores the held-out rows only', async () => {
    const { r, results, records } = await run(suite('  - quality: { include: [majority_gain] }\n  - safety: { include: [fairness, counterfactual] }\n'));
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(results.model.errors).toBe(0);
    const scored = records.filter((x) => x.variant === null);
    // 20 held-out rows of 80 (holdout 0.25), each asked once, none from the training part.
    expect(scored).toHaveLength(20);
    expect(results.checks.quality).toMatchObject({ rows: 20, answered: 20 });
    expect(results.checks.safety).toMatchObject({ rows: 20, failed_calls: 0 });
    const groups = results.checks.safety.fairness.groups as Record<string, { n: number }>;
    expect(Object.values(groups).reduce((s, g) => s + g.n, 0)).toBe(20);
    // Every held-out row has a gendered word, so each has a counterfactual twin.
    expect(records.filter((x) => x.variant === 'counterfactual').map((x) => x.id).sort()).toEqual(scored.map((x) => x.id).sort());
    expect(results.checks.safety.counterfactual.n).toBe(20);
    // majority_gain is the accuracy on those rows minus the share of their most frequent label.
    const right = scored.filter((x) => x.output === x.expected).length;
    const counts = new Map<unknown, number>();
    for (const x of scored) counts.set(x.expected, (counts.get(x.expected) ?? 0) + 1);
    expect(results.figures['quality.majority_gain'].value).toBeCloseTo((right - Math.max(...counts.values())) / 20, 12);
  }, 60_000);

  it('uses the metrics check\'s fitted model and held-out rows', async () => {
    const { r, results, records } = await run(suite('  - metrics: [accuracy]\n  - quality: { include: [majority_gain, exact_match] }\n  - safety: { include: [fairness] }\n'));
    expect(r.code).toBe(0);
    const metrics = records.filter((x) => x.check === 'metrics');
    const text = records.filter((x) => x.check === 'quality');
    expect(metrics.every((x) => x.variant === 'holdout')).toBe(true);
    expect(text.map((x) => [x.id, x.output])).toEqual(metrics.map((x) => [x.id, x.output]));
    // The same answers on the same rows: exact match is the metrics check's accuracy.
    expect(results.figures['quality.exact_match'].value).toBeCloseTo(results.figures.accuracy.value, 12);
    expect(results.checks.safety.fairness.groups.a.accuracy * results.checks.safety.fairness.groups.a.n + results.checks.safety.fairness.groups.b.accuracy * results.checks.safety.fairness.groups.b.n).toBeCloseTo(results.figures.accuracy.value * 20, 9);
  }, 60_000);

  it('needs data.holdout for a builtin model scored by safety or quality (exit 2, located)', async () => {
    const text = suite('  - quality: { include: [majority_gain] }\n').replace(', holdout: 0.25', '');
    const { r } = await run(text);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/suite\.yaml:4:\d+ model: builtin: naive-bayes is trained by the suite: set data\.holdout \(e\.g\. 0\.2\) so the quality check scores rows the model did not see/);
  });
});
