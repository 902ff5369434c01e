import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { naNotes, naReason, numberCell } from '../../src/report/numberCell.js';
import { reliabilityNote } from '../../src/report/metricsCharts.js';

describe('numberCell', () => {
  it('writes n/a with the reason for NaN and null, never the text NaN', () => {
    expect(numberCell(NaN, 'no failures')).toEqual({ text: 'n/a', sort: '', na: 'no failures' });
    expect(numberCell(null, 'x')).toEqual({ text: 'n/a', sort: '', na: 'x' });
    expect(numberCell(0.123456, 'x')).toEqual({ text: '0.1235', sort: '0.123456' });
    expect(numberCell(undefined, 'x')).toEqual({ text: '—', sort: '' });
    fc.assert(fc.property(fc.double(), (v) => {
      const c = numberCell(v, 'why');
      expect(c.text).not.toBe('NaN');
      expect(c.na !== undefined).toBe(Number.isNaN(v));
    }));
  });

  it('gives the reason a figure is undefined, and each reason once', () => {
    expect(naReason('robustness.typo.mean_edits')).toMatch(/^no failures/);
    expect(naReason('templates.t.typo.attack_success_rate')).toMatch(/answered correctly before the perturbation/);
    expect(naReason('cross-validation.recall.spam')).toMatch(/no example of this label/);
    expect(naReason('something.else')).toMatch(/^not defined on this data/);
    expect(naNotes([{ na: 'a' }, {}, { na: 'a' }, { na: 'b' }])).toEqual(['a', 'b']);
  });
});

describe('reliabilityNote', () => {
  const bin = (lower: number, upper: number, count: number, accuracy: number, confidence: number) => ({ lower, upper, count, accuracy, confidence });
  it('counts the thin bins and names the bin MCE comes from', () => {
    const bins = [bin(0.6, 0.7, 1, 0, 0.65), bin(0.9, 1, 396, 0.97, 0.98)];
    expect(reliabilityNote(bins, 0.65)).toBe('Examples per bin above each bar; 1 bin of fewer than 10 examples drawn faint with a dashed outline (its accuracy is uncertain). MCE 0.65 comes from the bin (0.6, 0.7] of 1 example, a thin bin.');
    expect(reliabilityNote([bins[1]], 0.01)).toBe('Examples per bin above each bar. MCE 0.01 comes from the bin (0.9, 1] of 396 examples.');
  });
});
