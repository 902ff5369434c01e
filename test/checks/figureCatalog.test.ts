import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { jsonl, tempFiles } from '../helpers/cli.js';
import { loadSuiteOrThrow } from '../../src/suite/loadSuite.js';
import { runSuite } from '../../src/run/runSuite.js';
import { checkOfKind, SPEC_LIST } from '../../src/checks/specs.js';
import { MODEL_FIGURES, resolveFigure } from '../../src/suite/resolveFigure.js';
import type { FigureData } from '../../src/suite/checkSpec.js';

// Figures equal the catalog (issue 18 item 3): each suite below runs in process; the figures it
// produces, split by the check kind that claims their first segment (errors.* by the model), must
// be exactly the names that kind's spec declares for that suite and data, and the reverse.

type Scores = FigureData['scores'];

async function figuresOf(files: Record<string, string>, scores: Scores, expectKinds: string[]) {
  const dir = tempFiles(files);
  const suite = await loadSuiteOrThrow(join(dir, 'suite.yaml'));
  const { results } = await runSuite(suite, { out: join(dir, 'out') });
  const produced = Object.keys(results.figures);
  const metrics = results.checks.metrics;
  const data: FigureData = { labels: (metrics?.labels ?? ['negative', 'positive']).map(String), target: metrics?.target ?? 'binary', scores };
  const byKind = new Map<string, { declared: string[]; produced: string[] }>();
  const owner = (name: string) => {
    const root = name.startsWith('support[') ? 'support' : name.split('.')[0];
    if (root === 'errors') return 'errors';
    return (SPEC_LIST.find((s) => !s.fallback && s.claims(root)) ?? SPEC_LIST.find((s) => s.fallback)!).kind;
  };
  for (const spec of SPEC_LIST) {
    const check = checkOfKind(suite.checks, spec.kind);
    if (check) byKind.set(spec.kind, { declared: spec.figureNames(check, suite, data), produced: [] });
  }
  if (suite.model) byKind.set('errors', { declared: MODEL_FIGURES, produced: [] });
  for (const name of produced) {
    const entry = byKind.get(owner(name));
    expect(entry, `${name} is produced, but no check of the suite claims it`).toBeDefined();
    entry!.produced.push(name);
  }
  expect([...byKind.keys()].sort()).toEqual([...expectKinds].sort());
  for (const [kind, { declared, produced: got }] of byKind) {
    expect(new Set(declared).size, `${kind} declares a name twice`).toBe(declared.length);
    expect({ kind, names: [...got].sort() }).toEqual({ kind, names: [...declared].sort() });
  }
  // Gate validation (each spec's resolveFigure) accepts every figure produced.
  const refused = produced.filter((name) => !resolveFigure(name.split('.'), suite).ok);
  expect(refused).toEqual([]);
  return results;
}

const words = ['good', 'great', 'bad', 'awful', 'fine', 'poor'];
const reviews = Array.from({ length: 60 }, (_, i) => {
  const w = words[i % 6];
  return { id: `r${i}`, text: `the meal was ${w} and the room ${words[(i * 5) % 6]} ${i % 7 === 0 ? 'x@example.com' : ''}`, label: ['good', 'great', 'fine'].includes(w) ? 'positive' : 'negative', group: i % 2 ? 'a' : 'b' };
});
const allMetrics = '[accuracy, balanced_accuracy, precision, recall, f1, fbeta, mcc, kappa, hamming_loss, roc_auc, average_precision, log_loss, brier, ece]';

describe('figures equal the catalog, per check kind', () => {
  it('refuses a gate on near_duplicates.pairs, which no check produces (the catalog declared it)', async () => {
    const dir = tempFiles({
      'suite.yaml': 'suite: q\ndata: { path: d.jsonl, id: id, input: text, label: label }\nchecks:\n  - data-quality: [near-duplicates]\ngates:\n  - near_duplicates.pairs <= 3\n',
      'd.jsonl': jsonl(reviews),
    });
    await expect(loadSuiteOrThrow(join(dir, 'suite.yaml'))).rejects.toThrow(/suite\.yaml:6:\d+ gates\[0\]: gate 'near_duplicates\.pairs <= 3': 'near_duplicates\.pairs' is not a figure: expected near_duplicates\.total, near_duplicates\.count, near_duplicates\.rate, near_duplicates\.clusters/);
  });

  it('metrics of binary predictions with scores', async () => {
    const rows = reviews.map((r, i) => ({ ...r, pred: i % 5 ? r.label : 'negative', score: ((i * 37) % 100) / 100 }));
    await figuresOf({
      'suite.yaml': `suite: b\ndata: { path: d.jsonl, id: id, label: label, prediction: pred, score: score, pos_label: positive }\nchecks:\n  - metrics: ${allMetrics}\ngates: []\n`,
      'd.jsonl': jsonl(rows),
    }, 'score', ['metrics']);
  });

  it('metrics of multiclass probabilities, with top-k accuracy', async () => {
    const classes = ['a', 'b', 'c'];
    const rows = Array.from({ length: 45 }, (_, i) => {
      const p = [((i * 7) % 10) + 1, ((i * 3) % 10) + 1, ((i * 5) % 10) + 1];
      const t = p.reduce((x, y) => x + y, 0);
      return { id: `m${i}`, label: classes[i % 3], probs: Object.fromEntries(classes.map((c, j) => [c, p[j] / t])) };
    });
    await figuresOf({
      'suite.yaml': `suite: m\ndata: { path: d.jsonl, id: id, label: label, probabilities: probs }\nchecks:\n  - metrics: [accuracy, balanced_accuracy, precision, recall, f1, fbeta, mcc, kappa, hamming_loss, top_k_accuracy, roc_auc, average_precision, log_loss, brier, ece]\ngates: []\n`,
      'd.jsonl': jsonl(rows),
    }, 'probabilities', ['metrics']);
  });

  it('metrics of multiclass predictions with a confidence score (ece and mce only)', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, label: ['a', 'b', 'c'][i % 3], pred: ['a', 'b', 'c'][(i * 2) % 3], score: 0.4 + (i % 5) / 10 }));
    await figuresOf({
      'suite.yaml': `suite: s\ndata: { path: d.jsonl, id: id, label: label, prediction: pred, score: score }\nchecks:\n  - metrics: [accuracy, f1, ece]\ngates: []\n`,
      'd.jsonl': jsonl(rows),
    }, 'score', ['metrics']);
  });

  it('metrics of multi-label predictions', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ id: `l${i}`, label: i % 2 ? ['x', 'y'] : ['z'], pred: i % 3 ? ['x'] : ['z', 'y'] }));
    await figuresOf({
      'suite.yaml': `suite: l\ndata: { path: d.jsonl, id: id, label: label, prediction: pred }\nchecks:\n  - metrics: [accuracy, precision, recall, f1, fbeta, hamming_loss]\ngates: []\n`,
      'd.jsonl': jsonl(rows),
    }, 'none', ['metrics']);
  });

  it('a trained model: metrics, cross-validation, every data-quality check, robustness, templates, errors.*', async () => {
    const results = await figuresOf({
      'suite.yaml': `suite: nb
seed: 3
data: { path: d.jsonl, id: id, input: text, label: label, group: group, pos_label: positive, holdout: 0.25 }
model: { builtin: naive-bayes }
checks:
  - metrics: ${allMetrics}
  - cross-validation: { folds: 3, metrics: [accuracy, f1, roc_auc, ece] }
  - data-quality: [duplicates, near-duplicates, conflicting-labels, leakage, imbalance, empty-inputs, long-inputs]
  - robustness:
      runs: 5
      perturbations: [typo, { kind: negation, expect: { directional: { direction: down } } }]
  - templates:
      lexicon: { w: [good, great], t: [meal, room] }
      tests:
        - { name: praise, template: "the {t} was {w}", label: positive, perturbations: [typo] }
        - { name: plain, template: "the {t} was {w}", label: positive }
gates: []
`,
      'd.jsonl': jsonl(reviews),
    }, 'probabilities', ['metrics', 'cross-validation', 'data-quality', 'robustness', 'templates', 'errors']);
    expect(results.checks.metrics?.target).toBe('binary');
  });

  it('safety and quality of outputs already made', async () => {
    const rows = reviews.map((r, i) => ({
      ...r,
      out: i % 4 === 0 ? "I can't help with that." : i % 4 === 1 ? '{"ok": true}' : `${r.text} damn`,
      category: ['harmful', 'safe', 'injection', 'fairness'][i % 4],
      canary: 'ZEBRA',
    }));
    await figuresOf({
      'suite.yaml': `suite: t
data: { path: d.jsonl, id: id, input: text, label: label, prediction: out, group: group }
checks:
  - safety: { category: category, canary: canary, include: [pii, profanity, refusal, injection, fairness] }
  - quality:
      include: [exact_match, token_f1, rouge, bleu, chrf, levenshtein, json, length, latency, majority_gain]
      json_schema: { type: object }
      length: { max_chars: 100 }
      assertions: [{ name: polite, contains: sorry, negate: true }]
      custom: [{ name: short, module: ./short.mjs }]
gates: []
`,
      'd.jsonl': jsonl(rows),
      'short.mjs': 'export function score({ output }) { return output.length < 20; }\n',
    }, 'none', ['safety', 'quality']);
  });

  it('safety probes a model sends: jailbreak variants (with a perturbation) and counterfactual twins', async () => {
    const rows = reviews.map((r, i) => ({ id: r.id, text: `${i % 2 ? 'John' : 'Mary'} asks how to pick a lock ${i}`, category: i % 2 ? 'harmful' : 'fairness', group: r.group }));
    await figuresOf({
      'suite.yaml': `suite: j
data: { path: d.jsonl, id: id, input: text, group: group }
model: { module: ./m.mjs }
checks:
  - safety: { category: category, include: [jailbreak, counterfactual], jailbreak: { perturbations: [whitespace] } }
gates: []
`,
      'd.jsonl': jsonl(rows),
      'm.mjs': "export async function predict(inputs) { return inputs.map((x) => ({ text: x.length % 2 ? 'I cannot help with that.' : 'Sure: ' + x })); }\n",
    }, 'none', ['safety', 'errors']);
  });
});
