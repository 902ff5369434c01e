import { METRICS_CHECK_ROOTS } from '../../metrics/metricLists.js';
import type { ReportSection } from '../../report/reportSection.js';
import type { Figure } from '../../contract/results.js';
import { fmt, sortKey } from '../../contract/format.js';
import { naNotes, naReason, numberCell } from '../../report/numberCell.js';
import { figureAnchor } from '../../report/gateLink.js';
import { metricsCharts } from '../../report/metricsCharts.js';
import { MetricsExamples } from '../../report/metricsExamples.js';
import { confusionHeatmap, HEATMAP_MAX_LABELS } from '../../report/svg/heatmap.js';

const ROOTS = new Set<string>([...METRICS_CHECK_ROOTS, 'errors']);

/**
 * A figure as a table row: value, interval and how it was computed.
 * Example: `figureRow('accuracy', { value: 0.9, ci_low: 0.8, ci_high: 0.95, interval: 'wilson' }).interval` → `"0.8 – 0.95"`.
 */
export function figureRow(name: string, f: Figure) {
  return {
    name,
    anchor: figureAnchor(name),
    value: numberCell(f.value, naReason(name)),
    interval: f.ci_low !== undefined ? `${fmt(f.ci_low)} – ${fmt(f.ci_high)}` : '',
    method: f.interval ?? '',
    average: f.average ?? '',
  };
}

const ACCURACY_ROW = "the accuracy row has one figure, accuracy, in the F1 column (as in scikit-learn's classification report)";

/** A row of the per-class table (a label, `accuracy`, `macro avg`, `weighted avg`), `n/a` with the reason where a figure is undefined. */
function perClassRow(r: { name: string; precision: number; recall: number; f1: number; support: number }) {
  const why = (metric: string) => (r.name === 'accuracy' ? ACCURACY_ROW : r.name.endsWith(' avg') ? naReason(r.name) : naReason(`${metric}.${r.name}`));
  return { name: r.name, precision: numberCell(r.precision, why('precision')), recall: numberCell(r.recall, why('recall')), f1: numberCell(r.f1, why('f1')), support: r.support };
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
        const perClass = m.report.map((r) => perClassRow(r));
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
          perClass,
          perClassNotes: naNotes(perClass.flatMap((r) => [r.precision, r.recall, r.f1])),
          figuresNotes: naNotes(figures.map((f) => f.value)),
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
