import { formatFigurePath } from '../../suite/parseGate.js';
import type { CheckSpec, FigureData, FigureResolution } from '../../suite/checkSpec.js';
import type { FigureStat } from '../../suite/figureRef.js';
import type { MetricsCheck } from '../../suite/types.js';
import { CHECK_FIGURES, METRIC_TABLE, type FigureShape, type MetricName } from '../../metrics/metricTable.js';
import { figureShape, METRIC_FIGURE_ROOTS, METRICS_CHECK_ROOTS, metricRoots } from '../../metrics/metricLists.js';

const STATS = new Set<FigureStat>(['value', 'ci_low', 'ci_high']);
/** Per figure root of the metrics check: the fixed second segments it has, and whether a label may stand there (from METRIC_TABLE). */
export const SUBS: Record<string, { fixed: string[]; labels: boolean; bare?: boolean }> = Object.fromEntries(
  METRICS_CHECK_ROOTS.flatMap((root) => {
    const shape = figureShape(root) as FigureShape;
    const fixed = Object.keys(shape.segments);
    if (fixed.length === 0 && shape.perLabel.length === 0 && shape.bare) return [];
    return [[root, { fixed, labels: shape.perLabel.length > 0, ...(shape.bare ? {} : { bare: false }) }]];
  }),
);

/** Every figure name (first segment) the metrics check produces for its included metrics. */
export function figureRoots(check: MetricsCheck): string[] {
  return [...Object.keys(CHECK_FIGURES), ...check.include, ...check.include.flatMap((m) => metricRoots(m).slice(1))];
}

/**
 * Resolves a metric figure (`f1.macro.ci_low`, `recall.spam`, `accuracy`) given its root and the
 * segments after it: a fixed sub-figure or a label (checked against the data later), then
 * optionally value, ci_low or ci_high. Also used under `cross-validation.`.
 */
export function resolveMetricFigure(root: string, rest: readonly string[], path: readonly string[]): FigureResolution {
  let stat: FigureStat = 'value';
  const tail = [...rest];
  if (tail.length > 0 && STATS.has(tail[tail.length - 1] as FigureStat)) stat = tail.pop() as FigureStat;
  const subs = SUBS[root];
  if (tail.length === 0) {
    if (subs?.bare === false) return { ok: false, message: `'${root}' needs a label, e.g. ${root}.LABEL`, candidates: [] };
    return { ok: true, ref: { name: [root], stat } };
  }
  if (tail.length > 1 || !subs) {
    const allowed = subs ? [...subs.fixed, ...(subs.labels ? ['LABEL'] : [])] : [];
    return {
      ok: false,
      message: `'${formatFigurePath(path)}' is not a figure: after '${root}' ${allowed.length ? `expected one of ${allowed.join(', ')}, then optionally` : 'only'} value, ci_low or ci_high may follow`,
      candidates: [...(subs?.fixed ?? []), ...STATS].map((s) => `${root}.${s}`),
    };
  }
  const sub = tail[0];
  if (subs.fixed.includes(sub)) return { ok: true, ref: { name: [root, sub], stat } };
  if (!subs.labels) {
    return { ok: false, message: `'${root}' has no figure '${sub}': expected one of ${subs.fixed.join(', ')}`, candidates: subs.fixed.map((s) => `${root}.${s}`) };
  }
  return { ok: true, ref: { name: [root, sub], stat, label: sub } };
}

const METRIC_LIKE: readonly string[] = METRIC_FIGURE_ROOTS;

/**
 * Every figure a metrics computation produces on data like `data`: n, support per label, then each
 * included metric with its averages, per-label and per-class figures (score figures only when the
 * data or model gives scores; on multiclass data a single score gives ece and mce only). Also the
 * per-fold figures of cross-validation (without n and support).
 * Example: `metricFigureNames({ include: ['accuracy'] }, { labels: ['a', 'b'], target: 'binary', scores: 'none' })` → `['n', 'support.a', 'support.b', 'accuracy']`.
 */
export function metricFigureNames(check: { include: readonly MetricName[] }, data: FigureData): string[] {
  const perLabel = (root: string) => data.labels.map((l) => formatFigurePath([root, l]));
  const out = ['n', ...perLabel('support')];
  const scored: string[] = [];
  for (const m of check.include) {
    const d: { needs: string; confidenceScore: boolean; targets: readonly string[]; figures: Readonly<Record<string, FigureShape>> } = METRIC_TABLE[m];
    if (!d.targets.includes(data.target)) continue;
    if (d.needs !== 'labels' && (data.scores === 'none' || (data.target === 'multiclass' && data.scores === 'score' && !d.confidenceScore))) continue;
    for (const [root, shape] of Object.entries(d.figures)) {
      (d.needs === 'labels' ? out : scored).push(
        ...(shape.bare ? [root] : []),
        ...Object.entries(shape.segments).filter(([, targets]) => targets.includes(data.target)).map(([seg]) => `${root}.${seg}`),
        ...(shape.perLabel.includes(data.target) ? perLabel(root) : []),
      );
    }
  }
  return [...out, ...scored];
}

/** The `metrics` check: classification metrics of the model's (or the data's) predictions, with intervals. */
export const metricsSpec: CheckSpec<'metrics'> = {
  kind: 'metrics',
  scoresModel: true,
  fallback: true,
  claims: () => true,
  roots: figureRoots,
  figureNames: (check, _suite, data) => metricFigureNames(check, data),
  resolveFigure(path, check, _suite, candidates) {
    const [root, ...rest] = path;
    if (!check || !figureRoots(check).includes(root)) {
      const known = check === undefined ? [] : ([...METRIC_LIKE] as string[]);
      const why = !check
        ? 'the suite has no metrics check to compute it'
        : known.includes(root)
          ? `the metrics check does not compute '${root}': add it to its metrics`
          : `unknown figure '${root}'`;
      return { ok: false, message: why, candidates };
    }
    return resolveMetricFigure(root, rest, path);
  },
  rules({ suite, checks, at }) {
    const f = suite.data.fields;
    for (const { index } of checks.slice(1)) at(['checks', index, 'metrics'], 'a suite has at most one metrics check: merge their metric lists', 'duplicate-check', true);
    const { check: metrics, index } = checks[0];
    const checkPath: (string | number)[] = ['checks', index, 'metrics'];
    if (!f.label) at(['data'], 'the metrics check needs data.label: the field holding the expected label', 'missing-field');
    if (!f.prediction && !f.probabilities && !suite.model) at(['data'], 'the metrics check needs a model, or data.prediction (or data.probabilities, whose most probable class is the prediction)', 'missing-field');
    for (const m of metrics.include) {
      const needs = METRIC_TABLE[m].needs;
      if (needs === 'scores' && !f.score && !f.probabilities && !suite.model) at(checkPath, `${m} needs scores: set data.score or data.probabilities`, 'missing-field');
      if (needs === 'probabilities' && !f.probabilities && !suite.model) at(checkPath, `${m} needs data.probabilities (one probability per class)`, 'missing-field');
    }
    if (metrics.average === 'binary' && metrics.labels && metrics.labels.length > 2) {
      at([...checkPath, 'average'], `average 'binary' reports one positive label, but labels lists ${metrics.labels.length}`, 'contradiction');
    }
  },
};
