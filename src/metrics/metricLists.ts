import { CHECK_FIGURES, METRIC_NAMES, METRIC_TABLE, type FigureShape, type MetricDefinition, type MetricName, type TargetType } from './metricTable.js';

const defs = (): [MetricName, MetricDefinition][] => METRIC_NAMES.map((m) => [m, METRIC_TABLE[m]]);

/** The figure roots a metric produces: its own name, then the extra roots it brings. @example metricRoots('ece') // ['ece', 'mce'] */
export function metricRoots(name: MetricName): string[] {
  return Object.keys(METRIC_TABLE[name].figures);
}

/** Every figure root of every metric, in table order (`mce` after `ece`). */
export const METRIC_FIGURE_ROOTS: readonly string[] = METRIC_NAMES.flatMap(metricRoots);

/** The shape of a metric or metrics-check figure root (`f1`, `mce`, `support`, `n`), or undefined. O(metrics). */
export function figureShape(root: string): FigureShape | undefined {
  if (Object.hasOwn(CHECK_FIGURES, root)) return CHECK_FIGURES[root as keyof typeof CHECK_FIGURES];
  for (const [, d] of defs()) if (Object.hasOwn(d.figures, root)) return d.figures[root];
  return undefined;
}

/** The metrics, in table order, whose definition passes `test`. @example metricsWhere((d) => d.needs === 'probabilities') // ['top_k_accuracy'] */
export function metricsWhere(test: (d: MetricDefinition, name: MetricName) => boolean): MetricName[] {
  return defs().filter(([m, d]) => test(d, m)).map(([m]) => m);
}

/** The metrics that read scores or probabilities, not only predicted labels. */
export const SCORE_METRICS: readonly MetricName[] = metricsWhere((d) => d.needs !== 'labels');

/** The metrics computed on a target when none are asked for. @example defaultMetrics('multilabel') // ['accuracy', 'precision', 'recall', 'f1', 'hamming_loss'] */
export function defaultMetrics(target: TargetType): MetricName[] {
  return metricsWhere((d) => d.defaultFor.includes(target));
}

/** The figure roots two runs are compared on by the given paired test, in table order. */
export function comparedRoots(test: 'confusion' | 'score'): string[] {
  return metricsWhere((d) => d.compare === test).flatMap(metricRoots);
}

/** The figure roots where a smaller value is better, in table order. */
export const LOWER_IS_BETTER_ROOTS: readonly string[] = metricsWhere((d) => d.lowerIsBetter).flatMap(metricRoots);

/** Every figure root a metrics check can produce: `n`, `support`, then every metric's roots. */
export const METRICS_CHECK_ROOTS: readonly string[] = [...Object.keys(CHECK_FIGURES), ...METRIC_FIGURE_ROOTS];
