import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';
import { chatModule, probes, textSuite } from '../fixtures/chat/textSuite.js';

// Sharded runs merged: byte-identical results.json, and wrong shard sets refused by name.
const words = ['good', 'great', 'bad', 'awful', 'fine', 'poor', 'cheap', 'spam'];
const rows = Array.from({ length: 90 }, (_, i) => ({
  id: `r${i}`,
  text: `message ${i} is ${words[i % 8]} and ${words[(i * 3) % 8]}`,
  label: i % 8 < 3 || i % 5 === 0 ? 'positive' : 'negative',
  group: i % 3 === 0 ? 'a' : 'b',
}));
const lexicon = `export const identity = { name: 'lexicon', version: '1' };
export const classes = ['negative', 'positive'];
export function predict(inputs) {
  return inputs.map((t) => {
    const n = String(t).split(' ').filter((w) => ['good', 'great', 'fine'].includes(w)).length;
    return { label: n > 0 ? 'positive' : 'negative', probabilities: { negative: 1 / (n + 1), positive: n / (n + 1) } };
  });
}
`;
const suites = {
  // A module model with metrics, robustness (sampled) and template tests.
  'module.yaml': `suite: m
seed: 9
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: positive }
model: { module: ./lexicon.mjs }
checks:
  - metrics: [accuracy, f1, mcc]
  - robustness: { runs: 10, examples: 50, perturbations: [typo, case, whitespace] }
  - templates:
      lexicon: { adj: [good, bad, fine], thing: [food, room, view] }
      tests:
        - { name: adj, template: "The {thing} was {adj}.", label: positive }
        - { name: typo, template: "The {thing} is {adj}.", perturbations: [typo] }
gates:
  - accuracy >= 0.5
  - robustness.typo.failure_rate <= 0.01
`,
  // A trained model: holdout, fitted in every shard, and cross-validation folds.
  'trained.yaml': `suite: t
seed: 4
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: positive, holdout: 0.25 }
model: { builtin: naive-bayes }
checks:
  - metrics: [accuracy, f1, roc_auc]
  - cross-validation: { folds: 4, metrics: [accuracy, f1] }
gates:
  - cross-validation.accuracy.mean >= 0.5
`,
  // Safety and quality checks of a text model: jailbreak variants (composed with perturbations) and counterfactual twins.
  'text.yaml': textSuite,
  // Safety and quality checks of a trained model: fitted in every shard, scored on the held-out rows.
  'trainedText.yaml': `suite: tt
seed: 4
data: { path: d.jsonl, id: id, input: text, label: label, group: group, pos_label: positive, holdout: 0.25 }
model: { builtin: naive-bayes }
checks:
  - metrics: [accuracy]
  - quality: { include: [majority_gain] }
  - safety: { include: [fairness] }
gates:
  - quality.majority_gain >= -1
`,
};

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

describe('evalgate run --shard and evalgate merge', () => {
  for (const name of Object.keys(suites)) {
    it(`merges ${name} into the unsharded run's results.json, byte for byte`, async () => {
      const dir = tempFiles({ ...suites, 'd.jsonl': jsonl(rows), 'lexicon.mjs': lexicon, 'chat.mjs': chatModule, 'probes.jsonl': probes });
      const full = await runCli(['run', join(dir, name), '--out', join(dir, 'full'), '--no-cache', '--quiet']);
      const outs = await shards(dir, name, 3);
      const manifests = outs.map((o) => JSON.parse(readFileSync(join(o, 'shard.json'), 'utf8')));
      // Each shard did a real part of the work.
      for (const m of manifests) expect(m.counts.records).toBeGreaterThan(0);
      const merged = await runCli(['merge', ...outs.reverse(), '--out', join(dir, 'merged'), '--quiet']);
      expect(afterHeader(merged.stderr)).toBe('');
      expect(merged.code).toBe(full.code);
      expect(readFileSync(join(dir, 'merged', 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'full', 'results.json'), 'utf8'));
      const fullRecords = readFileSync(join(dir, 'full', 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
      const mergedRecords = readFileSync(join(dir, 'merged', 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
      // The shards divided the work: together they hold each of the full run's records once.
      expect(manifests.reduce((s, m) => s + m.counts.records, 0)).toBe(fullRecords.length);
      expect(manifests.reduce((s, m) => s + m.counts.calls, 0)).toBe(JSON.parse(readFileSync(join(dir, 'full', 'results.json'), 'utf8')).model.calls);
      expect([...mergedRecords].map((l) => JSON.parse(l)).map((r) => JSON.stringify({ ...r, latency_ms: null })).sort()).toEqual(
        fullRecords.map((l) => JSON.parse(l)).map((r) => JSON.stringify({ ...r, latency_ms: null })).sort(),
      );
    }, 60_000);
  }

  // Suites without a model: the metrics of a predictions file, and a safety check scoring data.prediction.
  const withoutModel = {
    metrics: `suite: p
seed: 2
data: { path: p.jsonl, id: id, input: text, label: label, prediction: pred, pos_label: positive }
checks:
  - metrics: [accuracy, f1]
gates:
  - accuracy >= 0.5
`,
    safety: `suite: s
seed: 1
data: { path: p.jsonl, id: id, input: text, prediction: reply }
checks:
  - safety:
      category: category
      include: [refusal]
gates:
  - safety.refusal.harmful.rate >= 0
`,
  };
  for (const [name, suite] of Object.entries(withoutModel)) {
    it(`divides the rows of a suite without a model (${name}) between the shards and merges them into the unsharded run`, async () => {
      const data = rows.map((r, i) => ({ ...r, pred: i % 4 === 0 ? 'negative' : r.label, reply: i % 2 ? "I'm sorry, I can't help with that." : 'Sure.', category: 'harmful' }));
      const dir = tempFiles({ 'p.yaml': suite, 'p.jsonl': jsonl(data) });
      const full = await runCli(['run', join(dir, 'p.yaml'), '--out', join(dir, 'full'), '--quiet']);
      expect(full.code).toBe(0);
      const fullRecords = readFileSync(join(dir, 'full', 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
      expect(fullRecords.length).toBeGreaterThanOrEqual(rows.length);
      const outs = await shards(dir, 'p.yaml', 3);
      const counts = outs.map((o) => JSON.parse(readFileSync(join(o, 'shard.json'), 'utf8')).counts.records as number);
      for (const c of counts) expect(c).toBeGreaterThan(0);
      expect(counts.reduce((x, y) => x + y, 0)).toBe(fullRecords.length);
      const merged = await runCli(['merge', ...outs, '--out', join(dir, 'merged'), '--quiet']);
      expect(merged.code).toBe(0);
      expect(readFileSync(join(dir, 'merged', 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'full', 'results.json'), 'utf8'));
      expect(readFileSync(join(dir, 'merged', 'records.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'full', 'records.jsonl'), 'utf8'));
    }, 60_000);
  }

  it('refuses a missing, a doubled and a foreign shard, naming it (exit 2)', async () => {
    const dir = tempFiles({ ...suites, 'd.jsonl': jsonl(rows), 'lexicon.mjs': lexicon });
    const [a, b, c] = await shards(dir, 'module.yaml', 3);
    const missing = await runCli(['merge', a, c, '--out', join(dir, 'x')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard 2\/3 is missing/);
    const twice = await runCli(['merge', a, b, c, b, '--out', join(dir, 'x')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`${b}: shard 2/3 is given twice (also ${b})`);
    // A shard of the other suite, relabelled as shard 2/3.
    const [t1] = await shards(dir, 'trained.yaml', 3);
    const foreign = join(dir, 'foreign');
    cpSync(t1, foreign, { recursive: true });
    const m = JSON.parse(readFileSync(join(foreign, 'shard.json'), 'utf8'));
    writeFileSync(join(foreign, 'shard.json'), JSON.stringify({ ...m, shard: { index: 2, count: 3 } }));
    const alien = await runCli(['merge', a, foreign, c, '--out', join(dir, 'x')]);
    expect(alien.code).toBe(2);
    expect(alien.stderr).toMatch(new RegExp(`${foreign}: shard 2/3 is foreign: suite .*trained\\.yaml`));
    const notShard = await runCli(['merge', a, join(dir, 'nowhere'), c, '--out', join(dir, 'x')]);
    expect(notShard.code).toBe(2);
    expect(notShard.stderr).toMatch(/nowhere: it has no shard\.json/);
    // A shard whose records were cut short.
    const lines = readFileSync(join(b, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    writeFileSync(join(b, 'records.jsonl'), `${lines.slice(0, -3).join('\n')}\n`);
    const short = await runCli(['merge', a, b, c, '--out', join(dir, 'x')]);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(new RegExp(`shard 2/3 has ${lines.length - 3} records, its manifest says ${lines.length}`));
  }, 60_000);

  it('rejects a malformed --shard', async () => {
    const dir = tempFiles({ ...suites, 'd.jsonl': jsonl(rows), 'lexicon.mjs': lexicon });
    for (const bad of ['0/3', '4/3', 'x', '1/0']) {
      const r = await runCli(['run', join(dir, 'module.yaml'), '--out', join(dir, 'o'), '--shard', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--shard: must be I/N with 1 <= I <= N, e.g. 2/8 (got '${bad}')`);
    }
  });
});
