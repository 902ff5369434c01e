import { formatFigurePath } from './parseGate.js';
import { CHECK_FIGURES, type FigureShape } from '../metrics/metricTable.js';
import { figureShape, METRIC_FIGURE_ROOTS, METRICS_CHECK_ROOTS, metricRoots } from '../metrics/metricLists.js';
import type { CrossValidationCheck, DataQualityCheck, MetricsCheck, QualityCheckName, Suite } from './types.js';
import { QUALITY_CHECKS } from './types.js';
import { resolveSearchFigure } from './robustnessCatalog.js';
import { resolveTextFigure } from './textFigureCatalog.js';

import type { FigureRef, FigureStat } from './figureRef.js';
export type { FigureRef, FigureStat } from './figureRef.js';

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
 * Resolves a gate's figure path against the metrics a suite computes, or says why it cannot be
 * computed (with a hint). Labels are accepted here and checked against the data later.
 * Example: `resolveFigure(['f1', 'macro', 'ci_low'], check)` → `{ ok: true, ref: { name: ['f1', 'macro'], stat: 'ci_low' } }`.
 */
export function resolveFigure(
  path: readonly string[],
  suite: Pick<Suite, 'checks' | 'model'>,
): { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] } {
  const check = suite.checks.find((c): c is MetricsCheck => c.kind === 'metrics');
  const cv = suite.checks.find((c): c is CrossValidationCheck => c.kind === 'cross-validation');
  const quality = suite.checks.find((c): c is DataQualityCheck => c.kind === 'data-quality');
  if (path[0] === 'cross-validation') return resolveCvFigure(path, cv);
  if (path[0] === 'robustness' || path[0] === 'templates') return resolveSearchFigure(path, suite);
  if (path[0] === 'safety' || path[0] === 'quality') return resolveTextFigure(path, suite);
  if (ALL_QUALITY_ROOTS.includes(path[0])) return resolveQualityFigure(path, quality);
  if (path[0] === 'errors') {
    if (!suite.model) return { ok: false, message: 'errors.* counts failed model calls, and the suite has no model', candidates: [] };
    if (path.length === 2 && (path[1] === 'count' || path[1] === 'rate')) return { ok: true, ref: { name: [...path], stat: 'value' } };
    return { ok: false, message: `'${formatFigurePath(path)}' is not a figure: expected errors.count or errors.rate`, candidates: ['errors.count', 'errors.rate'] };
  }
  const roots = [
    ...(check ? figureRoots(check) : []),
    ...(quality ? quality.include.map(qualityFigureRoot) : []),
    ...(cv ? ['cross-validation'] : []),
    ...suite.checks.filter((c) => c.kind === 'robustness' || c.kind === 'templates').map((c) => c.kind),
    ...suite.checks.filter((c) => c.kind === 'safety' || c.kind === 'quality').map((c) => c.kind),
    ...(suite.model ? ['errors'] : []),
  ];
  const [root, ...rest] = path;
  if (!check || !figureRoots(check).includes(root)) {
    const known = check === undefined ? [] : ([...METRIC_LIKE] as string[]);
    const why = !check
      ? 'the suite has no metrics check to compute it'
      : known.includes(root)
        ? `the metrics check does not compute '${root}': add it to its metrics`
        : `unknown figure '${root}'`;
    return { ok: false, message: why, candidates: roots };
  }
  return resolveMetricFigure(root, rest, path);
}

function resolveMetricFigure(root: string, rest: readonly string[], path: readonly string[]): { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] } {
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

/** The figure root of a data-quality check: `near-duplicates` → `near_duplicates`. */
export function qualityFigureRoot(name: QualityCheckName): string {
  return name.replace(/-/g, '_');
}

const ALL_QUALITY_ROOTS = QUALITY_CHECKS.map(qualityFigureRoot);
/** The figures each data-quality check reports. */
export const QUALITY_FIGURES: Record<string, string[]> = {
  duplicates: ['total', 'count', 'rate', 'groups'],
  near_duplicates: ['total', 'count', 'rate', 'clusters', 'pairs'],
  conflicting_labels: ['total', 'count', 'rate', 'groups'],
  leakage: ['total', 'count', 'rate', 'exact', 'near'],
  imbalance: ['total', 'count', 'rate', 'classes', 'ratio', 'minority_share', 'majority_share', 'entropy'],
  empty_inputs: ['total', 'count', 'rate', 'missing'],
  long_inputs: ['total', 'count', 'rate', 'max_chars', 'max_tokens'],
};

function resolveQualityFigure(path: readonly string[], quality: DataQualityCheck | undefined): { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] } {
  const root = path[0];
  if (!quality || !quality.include.map(qualityFigureRoot).includes(root)) {
    return { ok: false, message: `the suite has no data-quality check computing '${root}': add ${root.replace(/_/g, '-')} to a data-quality check`, candidates: [] };
  }
  const subs = QUALITY_FIGURES[root];
  if (path.length === 2 && subs.includes(path[1])) return { ok: true, ref: { name: [...path], stat: 'value' } };
  return { ok: false, message: `'${formatFigurePath(path)}' is not a figure: expected ${subs.map((x) => `${root}.${x}`).join(', ')}`, candidates: subs.map((x) => `${root}.${x}`) };
}

/** The statistics across folds a cross-validation figure ends with. */
export const CV_STATS = ['mean', 'std', 'ci_low', 'ci_high', 'min', 'max'];

/** `cross-validation.f1.macro.std`: a metric figure of the folds, then a statistic across them. */
function resolveCvFigure(path: readonly string[], cv: CrossValidationCheck | undefined): { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] } {
  if (!cv) return { ok: false, message: 'the suite has no cross-validation check', candidates: [] };
  const stat = path[path.length - 1];
  if (path.length < 3 || !CV_STATS.includes(stat)) {
    return { ok: false, message: `'${formatFigurePath(path)}' is not a figure: cross-validation figures read cross-validation.METRIC[.AVERAGE|.LABEL].STAT with STAT one of ${CV_STATS.join(', ')}`, candidates: [] };
  }
  const inner = path.slice(1, -1);
  const r = resolveMetricFigure(inner[0], inner.slice(1), inner);
  if (!r.ok) return r;
  if (!(cv.include as string[]).includes(inner[0]) && inner[0] !== 'mce') {
    return { ok: false, message: `the cross-validation check does not compute '${inner[0]}': add it to its metrics`, candidates: [] };
  }
  if (r.ref.stat !== 'value') return { ok: false, message: `'${formatFigurePath(path)}': write the interval of the mean as cross-validation.${formatFigurePath(r.ref.name)}.ci_low`, candidates: [] };
  return { ok: true, ref: { name: ['cross-validation', ...r.ref.name, stat], stat: 'value', ...(r.ref.label !== undefined ? { label: r.ref.label } : {}) } };
}
