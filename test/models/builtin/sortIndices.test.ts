import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortIndices } from '../../../src/models/builtin/sortIndices.js';
import { Growable } from '../../../src/models/builtin/growable.js';

describe('sortIndices', () => {
  it('sorts the first n values ascending and leaves the rest alone, for any bound', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { maxLength: 400 }), fc.nat(5), (bound, raw, extra) => {
      const values = raw.map((v) => v % bound);
      const a = Int32Array.from([...values, ...Array(extra).fill(-7)]);
      sortIndices(a, values.length, bound);
      expect(Array.from(a.subarray(0, values.length))).toEqual([...values].sort((x, y) => x - y));
      expect(Array.from(a.subarray(values.length))).toEqual(Array(extra).fill(-7));
    }));
  });
});

describe('Growable', () => {
  it('keeps every pushed value across growth', () => {
    const g = new Growable(1);
    for (let i = 0; i < 1000; i++) g.push(i * 3);
    expect(g.length).toBe(1000);
    expect(Array.from(g.view())).toEqual(Array.from({ length: 1000 }, (_, i) => i * 3));
  });
});
