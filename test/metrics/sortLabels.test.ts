import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, sortLabels } from '../../src/metrics/sortLabels.js';
import { fixture } from './classificationFixture.js';

describe('sortLabels against np.unique (numpy 2.4)', () => {
  for (const c of fixture.unique) {
    it(JSON.stringify(c.y), () => {
      expect(sortLabels(c.y)).toEqual(c.result);
    });
  }
});

describe('sortLabels', () => {
  it('throws on a mix of strings and numbers', () => {
    expect(() => sortLabels([1, 'a'])).toThrow('Mix of label input types (string and number)');
  });

  it('puts NaN last once and treats -0 as 0', () => {
    expect(sortLabels([NaN, 2, NaN, -1])).toEqual([-1, 2, NaN]);
    expect(sortLabels([0, -0])).toHaveLength(1);
  });

  it('orders strings by code point, unlike UTF-16 comparison (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), (xs) => {
        const sorted = sortLabels(xs) as string[];
        const byCodePoints = [...new Set(xs)].sort((a, b) => {
          const ca = Array.from(a, (ch) => ch.codePointAt(0) as number);
          const cb = Array.from(b, (ch) => ch.codePointAt(0) as number);
          for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i] - cb[i];
          return ca.length - cb.length;
        });
        expect(sorted).toEqual(byCodePoints);
      }),
    );
    expect(compareCodePoints('\u{1F600}', '\uFF01')).toBe(1);
  });
});
