import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_FIGURES, METRIC_NAMES, METRIC_TABLE, METRICS_CHECK_DEFAULTS, metricDefinition, type MetricDefinition, type MetricName, type TargetType } from '../../src/metrics/metricTable.js';
import { figureRange } from '../../src/metrics/figureRange.js';
import { evaluateMetrics } from '../../src/run/evaluateMetrics.js';
import { MetricsCollector } from '../../src/run/metricsInput.js';
import { formatFigurePath } from '../../src/suite/parseGate.js';
import { resolveFigure } from '../../src/suite/resolveFigure.js';
import type { Example } from '../../src/data/example.js';
import type { Label } from '../../src/metrics/types.js';
import type { DataSpec, MetricsCheck } from '../../src/suite/types.js';
import type { Figures } from '../../src/contract/results.js';
import { loadSuite } from '../../src/suite/loadSuite.js';
import { formatProblem } from '../../src/problem.js';
import { jsonl, tempFiles } from '../helpers/cli.js';

type Avail = 'labels' | 'score' | 'probabilities';
interface Fixture { name: string; target: TargetType; avail: Avail; labels: Label[]; rows: Partial<Example>[] }

const yBin = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
const pBin = [0.1, 0.3, 0.6, 0.2, 0.45, 0.05, 0.8, 0.4, 0.9, 0.7, 0.55, 0.35];
const yMc = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c'];
const pMc = [[0.7, 0.2, 0.1], [0.5, 0.3, 0.2], [0.2, 0.6, 0.2], [0.6, 0.1, 0.3], [0.1, 0.8, 0.1], [0.3, 0.4, 0.3], [0.5, 0.3, 0.2], [0.2, 0.5, 0.3], [0.1, 0.2, 0.7], [0.2, 0.2, 0.6], [0.3, 0.3, 0.4], [0.4, 0.4, 0.2]];
const argmax = (r: number[]) => r.indexOf(Math.max(...r));
const yMl = [['x'], ['x', 'y'], ['y'], ['z'], ['x', 'z'], ['y', 'z'], ['x'], ['y'], ['z'], ['x', 'y', 'z'], ['y'], ['x']];
const pMl = [['x'], ['x'], ['y', 'z'], ['z'], ['x', 'z'], ['y'], ['y'], ['y'], ['z'], ['x', 'y'], ['x', 'y'], ['x']];

/** One fixture per target type and kind of data: labels only, a score, probabilities. */
const FIXTURES: Fixture[] = [
  { name: 'binary labels', target: 'binary', avail: 'labels', labels: [0, 1], rows: yBin.map((y, i) => ({ label: y, prediction: pBin[i] > 0.5 ? 1 : 0 })) },
  { name: 'binary score', target: 'binary', avail: 'score', labels: [0, 1], rows: yBin.map((y, i) => ({ label: y, prediction: pBin[i] > 0.5 ? 1 : 0, score: pBin[i] })) },
  { name: 'binary probabilities', target: 'binary', avail: 'probabilities', labels: [0, 1], rows: yBin.map((y, i) => ({ label: y, probabilities: [1 - pBin[i], pBin[i]] })) },
  { name: 'multiclass labels', target: 'multiclass', avail: 'labels', labels: ['a', 'b', 'c'], rows: yMc.map((y, i) => ({ label: y, prediction: 'abc'[argmax(pMc[i])] })) },
  { name: 'multiclass score', target: 'multiclass', avail: 'score', labels: ['a', 'b', 'c'], rows: yMc.map((y, i) => ({ label: y, prediction: 'abc'[argmax(pMc[i])], score: Math.max(...pMc[i]) })) },
  { name: 'multiclass probabilities', target: 'multiclass', avail: 'probabilities', labels: ['a', 'b', 'c'], rows: yMc.map((y, i) => ({ label: y, probabilities: pMc[i] })) },
  { name: 'multilabel', target: 'multilabel', avail: 'labels', labels: ['x', 'y', 'z'], rows: yMl.map((y, i) => ({ label: y, prediction: pMl[i] })) },
];

/** Runs evaluateMetrics (the one function every metrics and cross-validation figure comes from) on a fixture. */
function run(f: Fixture, include: MetricName[], resamples = 100): Figures {
  const has = (k: keyof Example) => f.rows.some((r) => r[k] !== undefined);
  const collector = new MetricsCollector(has('score'), has('probabilities'));
  collector.add(f.rows.map((r, i) => ({ id: String(i), line: i + 1, input: undefined, label: undefined, prediction: undefined, score: undefined, probabilities: undefined, group: undefined, ...r })));
  const data: DataSpec = {
    path: 'data.jsonl', resolvedPath: '/data.jsonl', displayPath: 'data.jsonl', format: 'jsonl', onBadRow: 'error',
    fields: { label: 'label', ...(has('prediction') ? { prediction: 'prediction' } : {}), ...(has('score') ? { score: 'score' } : {}), ...(has('probabilities') ? { probabilities: 'probabilities' } : {}) },
  };
  const check: MetricsCheck = { kind: 'metrics', include, ...METRICS_CHECK_DEFAULTS, bootstrap: resamples };
  return evaluateMetrics(collector.result(), check, data, { suiteFile: 'suite.yaml', seed: 1 }).figures;
}

/** What the table says a run of metric d on fixture f gives: its figures, an error, or nothing (no scores to read). */
function expectation(d: MetricDefinition, f: Fixture): 'figures' | 'throws' | 'nothing' {
  if (f.target === 'multilabel') return d.targets.includes('multilabel') ? 'figures' : 'throws';
  if (d.needs === 'labels') return 'figures';
  if (f.avail === 'labels') return 'nothing';
  if (!d.targets.includes(f.target)) return 'throws';
  if (f.target === 'multiclass' && f.avail === 'score' && !d.confidenceScore) return 'throws';
  return 'figures';
}

/** The figure names the table declares for a metric on a fixture. */
function declared(d: MetricDefinition | (typeof CHECK_FIGURES), f: Fixture): string[] {
  const shapes = 'figures' in d ? (d as MetricDefinition).figures : (d as typeof CHECK_FIGURES);
  return Object.entries(shapes).flatMap(([root, shape]) => [
    ...(shape.bare ? [root] : []),
    ...Object.entries(shape.segments).filter(([, targets]) => targets.includes(f.target)).map(([seg]) => `${root}.${seg}`),
    ...(shape.perLabel.includes(f.target) ? f.labels.map((l) => formatFigurePath([root, String(l)])) : []),
  ]);
}

const isCheckFigure = (name: string) => name === 'n' || name.startsWith('support.') || name.startsWith('support[');

describe('METRIC_TABLE against what a run produces', () => {
  const outcomes = new Map<MetricName, { fixture: Fixture; figures: Figures }[]>();
  for (const m of METRIC_NAMES) {
    const d = metricDefinition(m);
    for (const f of FIXTURES) {
      it(`${m} on ${f.name}: ${expectation(d, f)}`, () => {
        const want = expectation(d, f);
        if (want === 'throws') {
          expect(() => run(f, [m])).toThrow();
          return;
        }
        const figures = run(f, [m]);
        const own = Object.keys(figures).filter((k) => !isCheckFigure(k)).sort();
        expect(own).toEqual(want === 'nothing' ? [] : declared(d, f).sort());
        if (want === 'figures') outcomes.set(m, [...(outcomes.get(m) ?? []), { fixture: f, figures }]);
      });
    }
  }

  it('every run gives the check figures n and support.LABEL, exactly', () => {
    for (const f of FIXTURES) {
      const figures = run(f, [f.target === 'multilabel' ? 'accuracy' : 'mcc'], 0);
      expect(Object.keys(figures).filter(isCheckFigure).sort(), f.name).toEqual(declared(CHECK_FIGURES, f).sort());
    }
  });

  it('each metric carries exactly the interval methods the table lists', () => {
    for (const m of METRIC_NAMES) {
      const methods = new Set((outcomes.get(m) ?? []).flatMap(({ figures }) => Object.entries(figures).filter(([k]) => !isCheckFigure(k)).flatMap(([, fig]) => (fig.interval ? [fig.interval] : []))));
      expect([...methods].sort(), m).toEqual([...METRIC_TABLE[m].intervals].sort());
    }
  });

  it('every value lies in its range, and every figure a run produces resolves as a gate figure', () => {
    for (const [m, runs] of outcomes) {
      for (const { fixture, figures } of runs) {
        for (const [name, fig] of Object.entries(figures)) {
          const [low, high] = figureRange(name, fixture.target);
          if (!Number.isNaN(fig.value)) expect(fig.value >= low - 1e-12 && fig.value <= high + 1e-12, `${m} ${fixture.name} ${name} = ${fig.value}`).toBe(true);
          const path = name.match(/^([^.[]+)(?:\.(.+)|\["(.+)"\])?$/) as RegExpMatchArray;
          const r = resolveFigure([path[1], ...(path[2] ?? path[3] ? [path[2] ?? path[3]] : [])], { checks: [{ kind: 'metrics', include: [m], ...METRICS_CHECK_DEFAULTS }], model: undefined });
          expect(r.ok, `${name}: ${r.ok ? '' : r.message}`).toBe(true);
        }
      }
    }
  });

  it('perfect answers give each bare figure its best value: the low end of its range when lower is better, the high end otherwise', () => {
    const perfect: Fixture[] = [
      { name: 'binary', target: 'binary', avail: 'probabilities', labels: [0, 1], rows: yBin.map((y) => ({ label: y, probabilities: y === 1 ? [0, 1] : [1, 0] })) },
      { name: 'multiclass', target: 'multiclass', avail: 'probabilities', labels: ['a', 'b', 'c'], rows: yMc.map((y) => ({ label: y, probabilities: ['a', 'b', 'c'].map((c) => (c === y ? 1 : 0)) })) },
      { name: 'multilabel', target: 'multilabel', avail: 'labels', labels: ['x', 'y', 'z'], rows: yMl.map((y) => ({ label: y, prediction: y })) },
    ];
    for (const f of perfect) {
      for (const m of METRIC_NAMES.filter((x) => expectation(METRIC_TABLE[x], f) === 'figures')) {
        const figures = run(f, [m], 0);
        for (const root of Object.keys(METRIC_TABLE[m].figures)) {
          const [low, high] = figureRange(root, f.target);
          expect(figures[root].value, `${m} ${f.name} ${root}`).toBeCloseTo(METRIC_TABLE[m].lowerIsBetter ? low : high, 12);
        }
      }
    }
  });
});

describe('messages built from the table', () => {
  const message = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as Error & { problems?: { message: string }[] }).problems?.map((p) => p.message).join('; ') ?? (e as Error).message;
    }
    return 'no error';
  };

  it('names the metrics a run cannot compute, in the order the check lists them', () => {
    const mcScore = FIXTURES.find((f) => f.name === 'multiclass score') as Fixture;
    const multilabel = FIXTURES.find((f) => f.target === 'multilabel') as Fixture;
    expect(message(() => run(mcScore, ['top_k_accuracy', 'ece', 'roc_auc'], 0))).toBe('top_k_accuracy, roc_auc need class probabilities on multiclass data: a single score is the confidence of the prediction, which gives ece and mce only; map data.probabilities instead');
    expect(message(() => run(multilabel, ['kappa', 'f1', 'mcc'], 0))).toBe('kappa, mcc are not defined for multi-label data (data.jsonl has label lists)');
  });

  it('says which data field each metric needs when the suite maps neither', async () => {
    const dir = tempFiles({
      'data.jsonl': jsonl([{ label: 'a', prediction: 'a' }, { label: 'b', prediction: 'b' }]),
      'suite.yaml': 'suite: s\ndata: { path: data.jsonl, label: label, prediction: prediction }\nchecks:\n  - metrics: [top_k_accuracy, f1, log_loss, ece]\n',
    });
    const r = await loadSuite(join(dir, 'suite.yaml'));
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.problems.map((p) => formatProblem(p).replace(/^.*?checks/, 'checks'));
    expect(lines).toEqual([
      'checks[0].metrics: top_k_accuracy needs data.probabilities (one probability per class)',
      'checks[0].metrics: log_loss needs scores: set data.score or data.probabilities',
      'checks[0].metrics: ece needs scores: set data.score or data.probabilities',
    ]);
  });
});

describe('METRIC_TABLE is the one list of metrics', () => {
  it('lists the metrics in the order of the suite schema', () => {
    const schema = JSON.parse(readFileSync('schemas/suite.schema.json', 'utf8')) as { $defs: { metricName: { enum: string[] } } };
    expect(METRIC_NAMES).toEqual(schema.$defs.metricName.enum);
  });

  it('takes the metrics options defaults from the metrics that use them', () => {
    expect(METRICS_CHECK_DEFAULTS).toMatchObject({ beta: 1, topK: 2, bins: 15, zeroDivision: 'warn', confidence: 0.95, bootstrap: 1000 });
    const options = METRIC_NAMES.flatMap((m) => { const o = metricDefinition(m).option; return o ? [o.name] : []; });
    expect(options.sort()).toEqual(['beta', 'bins', 'top_k']);
  });

  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const code = (path: string) => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const sources = files('src').filter((p) => p !== join('src', 'metrics', 'metricTable.ts'));

  it("names 'average_precision' only in the table and in code that computes or shows that metric", () => {
    const handlers = ['src/run/scoreFigures.ts', 'src/run/scoreStatistics.ts', 'src/report/metricsCharts.ts', 'src/report/numberCell.ts'].map((p) => join(...p.split('/')));
    expect(sources.filter((p) => code(p).includes('average_precision')).sort()).toEqual(handlers.sort());
  });

  it('has no second list of metric names: no array literal outside the table names three metrics or more', () => {
    const PARTS = new Set(['precision', 'recall', 'f1', 'support']);
    const names = new Set<string>([...METRIC_NAMES, ...Object.keys(CHECK_FIGURES), 'mce']);
    const lists: string[] = [];
    for (const p of sources) {
      for (const [literal] of code(p).matchAll(/\[[^[\]]*\]/g)) {
        const found = new Set([...literal.matchAll(/'([a-z_0-9]+)'/g)].map((x) => x[1]).filter((x) => names.has(x)));
        // precision, recall and F1 alone are the parts of a report row or of a ROUGE score, not a list of metrics.
        if (found.size >= 3 && [...found].some((x) => !PARTS.has(x))) lists.push(`${p}: ${literal.replace(/\s+/g, ' ').slice(0, 120)}`);
      }
    }
    expect(lists).toEqual([]);
  });
});
