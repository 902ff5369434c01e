import { describe, expect, it } from 'vitest';
import { xyChart } from '../../../src/report/svg/xyChart.js';

const base = { title: 'ROC', xLabel: 'fpr', yLabel: 'tpr', x: [0, 1] as [number, number], y: [0, 1] as [number, number] };

describe('xyChart', () => {
  it('draws a series as a path of numbers inside the plot area', () => {
    const v = xyChart({ ...base, series: [{ name: 'roc', x: [0, 0, 1], y: [0, 1, 1] }], diagonal: true });
    expect(v.plot).toMatchObject({ x: 48, y: 12, w: 300, h: 248 });
    expect(v.paths[0].d).toBe('M48,260L48,12L348,12');
    expect(v.diagonal).toBe('M48,260L348,12');
    expect(v.xTicks.map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    expect(v.paths[0].d).toMatch(/^[MLHV0-9.,-]+$/);
  });

  it('draws step functions both ways and skips missing points', () => {
    const vh = xyChart({ ...base, series: [{ name: 'pr', x: [0, 0.5, null, 1], y: [1, 0.5, 0.2, NaN], step: 'vh' }] });
    expect(vh.paths[0].d).toBe('M48,12V136H198');
    const hv = xyChart({ ...base, series: [{ name: 's', x: [0, 0.5], y: [1, 0.5], step: 'hv' }] });
    expect(hv.paths[0].d).toBe('M48,12H198V136');
  });

  it('lays out bars from the bottom of the plot and drops markers off the chart', () => {
    const v = xyChart({ ...base, bars: [{ x0: 0.5, x1: 1, y: 0.5, title: 'bin' }], markers: [{ x: 0.75, y: 0.5, title: 'm' }, { x: NaN, y: 1, title: 'gone' }] });
    expect(v.bars).toEqual([{ x: 198, y: 136, w: 149, h: 124, title: 'bin', cls: 'bar', label: '', labelX: 272.5, labelY: 133 }]);
    const counted = xyChart({ ...base, bars: [{ x0: 0, x1: 0.5, y: 1, title: 'full', label: '396' }, { x0: 0.5, x1: 1, y: 0, title: 'one', label: '1', thin: true }] });
    // a count sits above its bar, inside the plot; a thin bin is drawn apart
    expect(counted.bars.map((b) => [b.cls, b.label, b.labelY])).toEqual([['bar', '396', 22], ['bar thin', '1', 257]]);
    expect(v.markers).toEqual([{ cx: 273, cy: 136, title: 'm' }]);
  });
});
