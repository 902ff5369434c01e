import { formatFigurePath } from '../../suite/parseGate.js';
import type { CheckSpec, FigureData, FigureResolution } from '../../suite/checkSpec.js';
import type { FigureStat } from '../../suite/figureRef.js';
import type { MetricName, MetricsCheck } from '../../suite/types.js';

const STATS = new Set<FigureStat>(['value', 'ci_low', 'ci_high']);
const PRF_SUBS = ['binary', 'micro', 'macro', 'weighted', 'samples'];
/** Per metric: the fixed second segments it has, and whether a label may stand there. */
const SUBS: Record<string, { fixed: string[]; labels: boolean; bare?: boolean }> = {
  precision: { fixed: PRF_SUBS, labels: true },
  recall: { fixed: PRF_SUBS, labels: true },
  f1: { fixed: PRF_SUBS, labels: true },
  fbeta: { fixed: PRF_SUBS, labels: true },
  support: { fixed: [], labels: true, bare: false },
  roc_auc: { fixed: ['macro', 'weighted', 'ovo'], labels: true },
  average_precision: { fixed: ['macro', 'micro', 'weighted'], labels: true },
  balanced_accuracy: { fixed: ['adjusted'], labels: false },
  kappa: { fixed: ['linear', 'quadratic'], labels: false },
};

/** Every figure name (first segment) the metrics check produces for its included metrics. */
export function figureRoots(check: MetricsCheck): string[] {
  const roots: string[] = ['n', 'support', ...check.include];
  if (check.include.includes('ece')) roots.push('mce');
  return roots;
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

const METRIC_LIKE: readonly (MetricName | 'mce')[] = [
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'fbeta', 'mcc', 'kappa', 'hamming_loss',
  'top_k_accuracy', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece', 'mce',
];

const PRF_METRICS: readonly MetricName[] = ['precision', 'recall', 'f1', 'fbeta'];

/**
 * Every figure a metrics computation produces on data like `data`: n, support per label, then each
 * included metric with its averages, per-label and per-class figures (score figures only when the
 * data or model gives scores; on multiclass data a single score gives ece and mce only). Also the
 * per-fold figures of cross-validation (without n and support).
 * Example: `metricFigureNames({ include: ['accuracy'] }, { labels: ['a', 'b'], target: 'binary', scores: 'none' })` → `['n', 'support.a', 'support.b', 'accuracy']`.
 */
export function metricFigureNames(check: { include: readonly MetricName[] }, data: FigureData): string[] {
  const has = (m: MetricName) => check.include.includes(m);
  const perLabel = (root: string) => data.labels.map((l) => formatFigurePath([root, l]));
  const out = ['n', ...perLabel('support')];
  if (has('accuracy')) out.push('accuracy');
  const averages = data.target === 'multilabel' ? ['micro', 'macro', 'weighted', 'samples'] : ['micro', 'macro', 'weighted', ...(data.target === 'binary' ? ['binary'] : [])];
  for (const m of PRF_METRICS) if (has(m)) out.push(m, ...perLabel(m), ...averages.map((a) => `${m}.${a}`));
  if (has('balanced_accuracy')) out.push('balanced_accuracy', 'balanced_accuracy.adjusted');
  if (has('mcc')) out.push('mcc');
  if (has('kappa')) out.push('kappa', 'kappa.linear', 'kappa.quadratic');
  if (has('hamming_loss')) out.push('hamming_loss');
  if (data.target === 'multilabel' || data.scores === 'none') return out;
  const calibration = has('ece') ? ['ece', 'mce'] : [];
  if (data.target === 'multiclass' && data.scores === 'score') return [...out, ...calibration];
  const multiclass = data.target === 'multiclass';
  if (has('roc_auc')) out.push('roc_auc', ...(multiclass ? ['roc_auc.macro', 'roc_auc.weighted', 'roc_auc.ovo', ...perLabel('roc_auc')] : []));
  if (has('average_precision')) out.push('average_precision', ...(multiclass ? ['average_precision.macro', 'average_precision.micro', 'average_precision.weighted', ...perLabel('average_precision')] : []));
  if (has('log_loss')) out.push('log_loss');
  if (has('brier')) out.push('brier');
  if (has('top_k_accuracy') && multiclass) out.push('top_k_accuracy');
  return [...out, ...calibration];
}

const NEEDS_SCORES: MetricName[] = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];

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
      if (NEEDS_SCORES.includes(m) && !f.score && !f.probabilities && !suite.model) at(checkPath, `${m} needs scores: set data.score or data.probabilities`, 'missing-field');
      if (m === 'top_k_accuracy' && !f.probabilities && !suite.model) at(checkPath, 'top_k_accuracy needs data.probabilities (one probability per class)', 'missing-field');
    }
    if (metrics.average === 'binary' && metrics.labels && metrics.labels.length > 2) {
      at([...checkPath, 'average'], `average 'binary' reports one positive label, but labels lists ${metrics.labels.length}`, 'contradiction');
    }
  },
};
