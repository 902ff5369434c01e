import type { Figures, MetricsDetail } from './results.js';
import { xyChart, type XyChartView } from './svg/xyChart.js';
import { fmt } from './format.js';

/**
 * The charts of a metrics check, from the curves results.json carries: ROC (with the chance
 * diagonal), precision-recall (a step function whose area is average precision, with the positive
 * rate as the chance line) and the reliability diagram (per bin: accuracy as a bar, mean
 * confidence as a dot, perfect calibration on the diagonal; empty bins left out). A chart whose
 * curve is absent is left out. Cost O(curve points).
 * Example: `metricsCharts(detail, figures).map((c) => c.title)` → `['ROC curve (AUC 0.98)', ...]`.
 */
export function metricsCharts(detail: MetricsDetail, figures: Figures): XyChartView[] {
  const charts: XyChartView[] = [];
  const c = detail.curves;
  if (!c) return charts;
  const pos = detail.pos_label !== undefined ? ` of ${String(detail.pos_label)}` : '';
  if (c.roc) {
    const auc = figures.roc_auc?.value;
    charts.push(xyChart({
      title: `ROC curve${pos}${auc !== undefined ? ` (AUC ${fmt(auc)})` : ''}`,
      xLabel: 'false positive rate', yLabel: 'true positive rate', x: [0, 1], y: [0, 1], diagonal: true,
      series: [{ name: 'ROC', x: c.roc.fpr, y: c.roc.tpr }],
    }));
  }
  if (c.pr) {
    const ap = figures.average_precision?.value;
    const n = c.pr.recall.length;
    // scikit-learn lists the points by decreasing recall; draw them by increasing recall.
    const recall = Array.from({ length: n }, (_, i) => c.pr!.recall[n - 1 - i]);
    const precision = Array.from({ length: n }, (_, i) => c.pr!.precision[n - 1 - i]);
    charts.push(xyChart({
      title: `Precision-recall curve${pos}${ap !== undefined ? ` (AP ${fmt(ap)})` : ''}`,
      xLabel: 'recall', yLabel: 'precision', x: [0, 1], y: [0, 1],
      series: [{ name: 'precision-recall', x: recall, y: precision, step: 'vh' }],
    }));
  }
  if (c.reliability && c.reliability.some((b) => b.count > 0)) {
    const bins = c.reliability.filter((b) => b.count > 0 && b.accuracy !== null && b.confidence !== null);
    const ece = figures.ece?.value;
    charts.push(xyChart({
      title: `Reliability diagram${ece !== undefined ? ` (ECE ${fmt(ece)})` : ''}`,
      xLabel: 'confidence', yLabel: 'accuracy', x: [0, 1], y: [0, 1], diagonal: true,
      bars: bins.map((b) => ({ x0: b.lower, x1: b.upper, y: b.accuracy, title: binTitle(b) })),
      markers: bins.map((b) => ({ x: b.confidence, y: b.accuracy, title: binTitle(b) })),
    }));
  }
  return charts;
}

function binTitle(b: NonNullable<NonNullable<MetricsDetail['curves']>['reliability']>[number]): string {
  return `confidence (${fmt(b.lower)}, ${fmt(b.upper)}]: ${b.count} examples, accuracy ${fmt(b.accuracy)}, mean confidence ${fmt(b.confidence)}`;
}
