import { METRIC_NAMES } from '../../suite/types.js';
import type { ReportSection } from '../reportSection.js';
import type { Figure } from '../results.js';
import { fmt, sortKey } from '../format.js';
import { metricsCharts } from '../metricsCharts.js';
import { MetricsExamples } from '../metricsExamples.js';
import { confusionHeatmap, HEATMAP_MAX_LABELS } from '../svg/heatmap.js';

const ROOTS = new Set<string>([...METRIC_NAMES, 'n', 'mce', 'errors']);

/**
 * A figure as a table row: value, interval and how it was computed.
 * Example: `figureRow('accuracy', { value: 0.9, ci_low: 0.8, ci_high: 0.95, interval: 'wilson' }).interval` → `"0.8 – 0.95"`.
 */
export function figureRow(name: string, f: Figure) {
  return {
    name,
    value: fmt(f.value),
    valueSort: sortKey(f.value),
    interval: f.ci_low !== undefined ? `${fmt(f.ci_low)} – ${fmt(f.ci_high)}` : '',
    method: f.interval ?? '',
    average: f.average ?? '',
  };
}

/**
 * The metrics check: figures with intervals, the per-class table, the confusion-matrix heatmap,
 * ROC / precision-recall / reliability charts, then the misclassified examples the model was most
 * sure of and the failed calls (read from records.jsonl, at most `maxExamples` each).
 * Left out when the suite has no metrics check.
 */
export const metricsSection: ReportSection = {
  id: 'metrics',
  title: 'Metrics',
  start(results, opts) {
    const m = results.checks.metrics;
    if (!m) return undefined;
    const examples = new MetricsExamples(opts.maxExamples, m.pos_label);
    return {
      recordChecks: ['metrics'],
      record: (r) => examples.add(r),
      view: () => {
        const figures = Object.entries(results.figures)
          .filter(([name]) => ROOTS.has(name.split('.')[0]) && !name.startsWith('support.'))
          .map(([name, f]) => figureRow(name, f));
        const cm = m.confusion_matrix;
        const heatmap = cm ? confusionHeatmap(cm.labels.map(String), cm.matrix) : undefined;
        const misclassified = examples.misclassified();
        const errors = examples.errors();
        return {
          level: `${Math.round(m.confidence * 1000) / 10}%`,
          target: m.target,
          labels: m.labels.length,
          posLabel: m.pos_label !== undefined ? String(m.pos_label) : '',
          average: m.average,
          bootstrap: m.bootstrap,
          figures,
          perClass: m.report.map((r) => ({ name: r.name, precision: fmt(r.precision), recall: fmt(r.recall), f1: fmt(r.f1), support: r.support, ps: sortKey(r.precision), rs: sortKey(r.recall), fs: sortKey(r.f1) })),
          heatmap,
          heatmapOmitted: cm !== undefined && heatmap === undefined ? `${cm.labels.length} labels: more than ${HEATMAP_MAX_LABELS}, see the per-class table` : '',
          charts: metricsCharts(m, results.figures),
          misclassified: { ...misclassified, more: misclassified.total - misclassified.rows.length },
          errors: { ...errors, more: errors.total - errors.rows.length },
          warnings: m.warnings,
        };
      },
    };
  },
};
