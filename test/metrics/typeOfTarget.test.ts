import { describe, expect, it } from 'vitest';
import { typeOfTarget } from '../../src/metrics/typeOfTarget.js';
import { fixture } from './classificationFixture.js';

describe('typeOfTarget against sklearn.utils.multiclass.type_of_target', () => {
  for (const c of fixture.typeOfTarget) {
    it(JSON.stringify(c.y), () => {
      // Equal-length rows of strings are label sets by default; sklearn's reading is the 'indicator' one.
      expect(typeOfTarget(c.y, { multilabelFormat: 'indicator' })).toBe(c.result);
    });
  }
});

describe('typeOfTarget', () => {
  it('reads ragged or string rows as label sets by default', () => {
    expect(typeOfTarget([['a', 'b'], ['c']])).toBe('multilabel-indicator');
    expect(typeOfTarget([[1, 2], [3]])).toBe('multilabel-indicator');
  });

  it('throws for NaN, infinity, mixed kinds and ragged indicator rows', () => {
    expect(() => typeOfTarget([NaN, 1], { inputName: 'y_true' })).toThrow('Input y_true contains NaN.');
    expect(() => typeOfTarget([Infinity, 1])).toThrow("Input contains infinity or a value too large for dtype('float64').");
    expect(() => typeOfTarget([1, 'a'])).toThrow('Mix of label input types (string and number)');
    expect(() => typeOfTarget([[1, 0], [1]], { multilabelFormat: 'indicator' })).toThrow(/legacy multi-label data representation/);
  });
});
