import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawValueText } from '../../src/data/rawValueText.js';

describe('rawValueText', () => {
  it('finds a value by keys and indexes, as written', () => {
    expect(rawValueText('{"score": 1e999}', ['score'])).toBe('1e999');
    expect(rawValueText('[0.5, -2E400]', [1])).toBe('-2E400');
    expect(rawValueText('{"p":{"a":0.1,"b":[1,  1e+999 ]}}', ['p', 'b', 1])).toBe('1e+999');
    expect(rawValueText('{"s":1e999,"s":2e999}', ['s'])).toBe('2e999'); // the last, as JSON.parse keeps
    expect(rawValueText('{"s\\u0063ore":3e999}', ['score'])).toBe('3e999'); // escaped key
    expect(rawValueText('{"x":"1e999"}', ['score'])).toBeUndefined();
    expect(rawValueText('{"x":[1]}', ['x', 4])).toBeUndefined();
    expect(rawValueText('{"x":', ['x'])).toBeUndefined();
  });

  it('recovers every number inside any JSON object (property)', () => {
    const numberText = fc
      .tuple(fc.boolean(), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 400, max: 99999 }), fc.constantFrom('e', 'E', 'e+'))
      .map(([neg, d, e, mark]) => `${neg ? '-' : ''}${d}${mark}${e}`);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), numberText, (obj, key, num) => {
        const head = JSON.stringify(obj).slice(0, -1);
        const text = `${head}${head.length > 1 ? ',' : ''} ${JSON.stringify(key)} : ${num} }`;
        expect(rawValueText(text, [key])).toBe(num);
        expect(JSON.parse(text)[key]).toBe(num.startsWith('-') ? -Infinity : Infinity);
      }),
    );
  });
});
