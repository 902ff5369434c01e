import { describe, expect, it } from 'vitest';
import { qualityResult } from '../../../src/data/quality/qualityResult.js';

describe('qualityResult', () => {
  it('orders findings by first line (stably, empty ones last), cuts them and computes the rate', () => {
    const findings = [
      { ids: ['c'], lines: [7], tag: 1 },
      { ids: [], lines: [], tag: 2 },
      { ids: ['a', 'z'], lines: [2, 9], tag: 3 },
      { ids: ['b'], lines: [7], tag: 4 },
    ];
    const r = qualityResult('empty_inputs', 8, 2, { missing: 1 }, findings, 3, [{ code: 'w', message: 'm' }]);
    expect(r.findings.map((f) => f.tag)).toEqual([3, 1, 4]);
    expect(r.omitted).toBe(1);
    expect(r).toMatchObject({ name: 'empty_inputs', total: 8, count: 2, rate: 0.25, warnings: [{ code: 'w', message: 'm' }] });
    expect(r.figures).toEqual({ total: 8, count: 2, rate: 0.25, missing: 1 });
  });

  it('gives rate 0 without examples and validates maxFindings', () => {
    expect(qualityResult('duplicates', 0, 0, {}, [], undefined, []).rate).toBe(0);
    expect(qualityResult('duplicates', 1, 0, {}, [{ ids: ['a'], lines: [1] }], 0, []).omitted).toBe(1);
    expect(() => qualityResult('duplicates', 1, 0, {}, [], 2.5, [])).toThrow('maxFindings must be a non-negative integer or Infinity (got 2.5)');
  });
});
