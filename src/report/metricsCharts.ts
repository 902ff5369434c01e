import type { Figures, MetricsDetail } from '../contract/results.js';
import { xyChart, type XyChartView } from './svg/xyChart.js';
import { fmt } from '../contract/format.js';

/** A reliability bin with fewer examples than this is thin: one example moves its accuracy by 10 points or more. */
export const THIN_BIN = 10;

type Bin = NonNullable<NonNullable<MetricsDetail['curves']>['reliability']>[number];

/**
 * The charts of a metrics check, from the curves results.json carries: ROC (with the chance
 * diagonal), precision-recall (a step function whose area is average precision, with the positive
 * rate as the chance line) and the reliability diagram (per bin: accuracy as a bar, mean
 * confidence as a dot, perfect calibration on the diagonal; empty bins left out; each bar's count
 * written above it, bins of fewer than {@link THIN_BIN} examples faint and dashed, and the bin MCE comes
 * from named with its count). A chart whose
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
      note: reliabilityNote(bins, figures.mce?.value),
      bars: bins.map((b) => ({ x0: b.lower, x1: b.upper, y: b.accuracy, title: binTitle(b), label: String(b.count), thin: b.count < THIN_BIN })),
      markers: bins.map((b) => ({ x: b.confidence, y: b.accuracy, title: binTitle(b) })),
    }));
  }
  return charts;
}

function binTitle(b: Bin): string {
  return `confidence (${fmt(b.lower)}, ${fmt(b.upper)}]: ${b.count} example${b.count === 1 ? '' : 's'}${b.count < THIN_BIN ? ' (thin bin)' : ''}, accuracy ${fmt(b.accuracy)}, mean confidence ${fmt(b.confidence)}`;
}

/**
 * How to read a reliability diagram: the counts, the thin bins, and the bin MCE (the largest
 * |accuracy − confidence|) comes from. Example: → `'Examples per bin above each bar; 2 bins of fewer than 10 examples drawn faint with a dashed outline (their accuracy is uncertain). MCE 0.75 comes from a bin of 1 example (0.6, 0.7].'`.
 */
export function reliabilityNote(bins: readonly Bin[], mce: number | undefined): string {
  const thin = bins.filter((b) => b.count < THIN_BIN).length;
  const parts = [`Examples per bin above each bar${thin ? `; ${thin} bin${thin === 1 ? '' : 's'} of fewer than ${THIN_BIN} examples drawn faint with a dashed outline (${thin === 1 ? 'its' : 'their'} accuracy is uncertain)` : ''}.`];
  let worst: Bin | undefined;
  for (const b of bins) if (!worst || Math.abs(b.accuracy! - b.confidence!) > Math.abs(worst.accuracy! - worst.confidence!)) worst = b;
  if (worst && mce !== undefined && Number.isFinite(mce)) {
    parts.push(`MCE ${fmt(mce)} comes from the bin (${fmt(worst.lower)}, ${fmt(worst.upper)}] of ${worst.count} example${worst.count === 1 ? '' : 's'}${worst.count < THIN_BIN ? ', a thin bin' : ''}.`);
  }
  return parts.join(' ');
}
