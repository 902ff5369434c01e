import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scriptJson } from '../../src/report/scriptJson.js';

describe('scriptJson', () => {
  it('escapes what could end a script element or start markup', () => {
    expect(scriptJson({ a: '</script><script>alert(1)</script>' })).toBe('{"a":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}');
    expect(scriptJson(['<!--', '&amp;', '\u2028\u2029'])).toBe('["\\u003c!--","\\u0026amp;","\\u2028\\u2029"]');
    expect(scriptJson({ x: NaN, y: -Infinity })).toBe('{"x":null,"y":null}');
  });

  it('reads back as the same data and never contains < > & or a line separator', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    fc.assert(fc.property(json, fc.string({ unit: 'binary' }), (value, text) => {
      for (const v of [value, text, { text }]) {
        const s = scriptJson(v);
        expect(s).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(s)).toEqual(JSON.parse(JSON.stringify(v)));
      }
    }));
  });
});
