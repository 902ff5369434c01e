import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOrder } from '../../../src/models/builtin/codePointOrder.js';
import { compareCodePoints } from '../../../src/stats/compareCodePoints.js';

describe('codePointOrder', () => {
  it('sorts by code point: astral characters after U+FFxx, a prefix first', () => {
    expect(Array.from(codePointOrder(['b', '\u{1F600}', '\uFF01', 'a']))).toEqual([3, 0, 2, 1]);
    expect(Array.from(codePointOrder(['ab', 'a', '', 'abc']))).toEqual([2, 1, 0, 3]);
    expect(Array.from(codePointOrder([]))).toEqual([]);
  });

  it('is a permutation giving the order of sort(compareCodePoints), for any strings and sizes', () => {
    const unit = fc.constantFrom('a', 'b', 'z', ' ', 'é', '\uff46', '\ue000', '\u{1d400}', '\u{1F600}', '\ud800');
    const str = fc.array(unit, { maxLength: 6 }).map((u) => u.join(''));
    fc.assert(fc.property(fc.array(str, { maxLength: 300 }), (strings) => {
      const order = codePointOrder(strings);
      expect([...order].sort((a, b) => a - b)).toEqual(strings.map((_, i) => i));
      expect(Array.from(order, (i) => strings[i])).toEqual([...strings].sort(compareCodePoints));
    }), { numRuns: 300 });
  });
});
