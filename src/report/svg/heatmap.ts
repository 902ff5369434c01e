import { round2 } from './scale.js';

/** The geometry the `chart-heatmap` partial draws: one cell per (true, predicted) pair. */
export interface HeatmapView {
  title: string;
  width: number;
  height: number;
  cells: { x: number; y: number; size: number; opacity: number; text: string; strong: boolean; title: string; tx: number; ty: number }[];
  rowLabels: { text: string; x: number; y: number; title: string }[];
  colLabels: { text: string; x: number; y: number; title: string }[];
  xTitle: { text: string; x: number; y: number };
  yTitle: { text: string; x: number; y: number };
}

/** The most labels a heatmap draws; a larger matrix is left to the per-class table. */
export const HEATMAP_MAX_LABELS = 30;

/** Shortens a label for an axis: at most `max` code points, an ellipsis when cut. Example: `shortLabel('abcdef', 4)` → `"abc…"`. */
export function shortLabel(label: string, max = 12): string {
  const cps = [...label];
  return cps.length <= max ? label : `${cps.slice(0, max - 1).join('')}…`;
}

/**
 * Lays out a confusion matrix as a heatmap (rows: true label, columns: predicted label). A cell's
 * shade is its share of its row (recall-like), so a class's errors read along its row whatever its
 * size; the count is printed in every cell and the full text is in each cell's tooltip. Returns
 * undefined beyond {@link HEATMAP_MAX_LABELS} labels. Cost O(K²).
 * Example: `confusionHeatmap(['a', 'b'], [[2, 1], [0, 3]])!.cells[1]` → `{ text: '1', opacity: 0.33, ... }`.
 */
export function confusionHeatmap(labels: readonly string[], matrix: readonly (readonly number[])[]): HeatmapView | undefined {
  const k = labels.length;
  if (k === 0 || k > HEATMAP_MAX_LABELS) return undefined;
  const size = Math.max(18, Math.min(64, Math.floor(320 / k)));
  const left = 96;
  const top = 20;
  const cells: HeatmapView['cells'] = [];
  for (let i = 0; i < k; i++) {
    const row = matrix[i] ?? [];
    const total = row.reduce((a, b) => a + b, 0);
    for (let j = 0; j < k; j++) {
      const count = row[j] ?? 0;
      const share = total > 0 ? count / total : 0;
      const x = left + j * size;
      const y = top + i * size;
      cells.push({
        x, y, size, opacity: round2(0.06 + 0.94 * share), text: String(count), strong: share > 0.5,
        title: `true ${labels[i]}, predicted ${labels[j]}: ${count} (${(100 * share).toFixed(1)}% of ${labels[i]})`,
        tx: x + size / 2, ty: y + size / 2 + 4,
      });
    }
  }
  const grid = k * size;
  return {
    title: 'Confusion matrix',
    width: left + grid + 8,
    height: top + grid + 44,
    cells,
    rowLabels: labels.map((l, i) => ({ text: shortLabel(l), x: left - 6, y: top + i * size + size / 2 + 4, title: l })),
    colLabels: labels.map((l, j) => ({ text: shortLabel(l, Math.max(3, Math.floor(size / 7))), x: left + j * size + size / 2, y: top + grid + 16, title: l })),
    xTitle: { text: 'predicted', x: left + grid / 2, y: top + grid + 36 },
    yTitle: { text: 'true', x: left - 6, y: top - 6 },
  };
}
