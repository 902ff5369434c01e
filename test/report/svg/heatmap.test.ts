import { describe, expect, it } from 'vitest';
import { confusionHeatmap, HEATMAP_MAX_LABELS, shortLabel } from '../../../src/report/svg/heatmap.js';

describe('confusionHeatmap', () => {
  it('shades each cell by its share of the row and prints every count', () => {
    const v = confusionHeatmap(['a', 'b'], [[2, 1], [0, 3]])!;
    expect(v.cells.map((c) => c.text)).toEqual(['2', '1', '0', '3']);
    expect(v.cells.map((c) => c.opacity)).toEqual([0.69, 0.37, 0.06, 1]);
    expect(v.cells.map((c) => c.strong)).toEqual([true, false, false, true]);
    expect(v.cells[1].title).toBe('true a, predicted b: 1 (33.3% of a)');
    expect(v.rowLabels.map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('leaves out a matrix too large to read, and empty rows shade nothing', () => {
    const k = HEATMAP_MAX_LABELS + 1;
    expect(confusionHeatmap(Array.from({ length: k }, (_, i) => `l${i}`), Array.from({ length: k }, () => Array(k).fill(1)))).toBeUndefined();
    expect(confusionHeatmap(['a', 'b'], [[0, 0], [1, 1]])!.cells.slice(0, 2).map((c) => c.opacity)).toEqual([0.06, 0.06]);
  });

  it('shortens labels by code points, keeping the whole label in the tooltip', () => {
    expect(shortLabel('abcdef', 4)).toBe('abc…');
    expect(shortLabel('😀😀😀', 3)).toBe('😀😀😀');
    const v = confusionHeatmap(['a very long label indeed', 'b'], [[1, 0], [0, 1]])!;
    expect(v.rowLabels[0]).toMatchObject({ text: 'a very long…', title: 'a very long label indeed' });
  });
});
