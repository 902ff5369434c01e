import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING, parseJsonPath, pickJsonPath } from '../../../src/models/http/jsonPath.js';

const pick = (doc: unknown, path: string): unknown => pickJsonPath(doc, parseJsonPath(path));

describe('parseJsonPath', () => {
  it('reads dot, bracket, quoted, negative and wildcard steps', () => {
    expect(parseJsonPath('choices[0].text').segments).toEqual(['choices', 0, 'text']);
    expect(parseJsonPath('$.label').segments).toEqual(['label']);
    expect(parseJsonPath('$').segments).toEqual([]);
    expect(parseJsonPath('a["b.c"][\'d e\'][-1]').segments).toEqual(['a', 'b.c', 'd e', -1]);
    expect(parseJsonPath('a["q\\"x"]').segments).toEqual(['a', 'q"x']);
    const w = parseJsonPath('results[*].label');
    expect(w.segments).toEqual(['results', null, 'label']);
    expect(w.wildcard).toBe(true);
    expect(parseJsonPath('a.b').wildcard).toBe(false);
  });

  it('rejects malformed paths, naming the position', () => {
    expect(() => parseJsonPath('a..b')).toThrow('bad path `a..b` at character 2');
    expect(() => parseJsonPath('a[x]')).toThrow('at character 2');
    expect(() => parseJsonPath('a.')).toThrow('bad path');
    expect(() => parseJsonPath('a[0')).toThrow('bad path');
    expect(() => parseJsonPath('a["\\q"]')).toThrow('invalid escape');
  });
});

describe('pickJsonPath', () => {
  const doc = { choices: [{ text: 'hi' }, { text: 'yo' }], label: 0, n: null, 'b.c': true };

  it('picks values, including falsy ones', () => {
    expect(pick(doc, 'choices[0].text')).toBe('hi');
    expect(pick(doc, 'choices[-1].text')).toBe('yo');
    expect(pick(doc, '$.label')).toBe(0);
    expect(pick(doc, 'n')).toBeNull();
    expect(pick(doc, '["b.c"]')).toBe(true);
    expect(pick(doc, '$')).toBe(doc);
    expect(pick(doc, 'choices[*].text')).toEqual(['hi', 'yo']);
  });

  it('says MISSING for absent keys, out-of-range indexes and type mismatches', () => {
    expect(pick(doc, 'choices[2].text')).toBe(MISSING);
    expect(pick(doc, 'choices[-3]')).toBe(MISSING);
    expect(pick(doc, 'label.x')).toBe(MISSING);
    expect(pick(doc, 'choices.text')).toBe(MISSING);
    expect(pick(doc, 'label[0]')).toBe(MISSING);
    expect(pick(doc, 'label[*]')).toBe(MISSING);
    expect(pick({ a: [{ b: 1 }, {}] }, 'a[*].b')).toEqual([1, MISSING]);
  });

  it('never reaches the prototype', () => {
    expect(pick({}, 'constructor')).toBe(MISSING);
    expect(pick({}, '__proto__')).toBe(MISSING);
    expect(pick([], 'length')).toBe(MISSING);
    expect(pick(JSON.parse('{"__proto__": 5}'), '__proto__')).toBe(5);
  });

  it('finds any key again through a quoted bracket step', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (key, value) => {
        const path = `$[${JSON.stringify(key)}]`;
        expect(pick({ [key]: value }, path)).toEqual(value);
      }),
    );
  });
});
