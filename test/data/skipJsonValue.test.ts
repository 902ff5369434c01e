import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skipJsonNumber, skipJsonString, skipJsonValue, skipWhitespace } from '../../src/data/skipJsonValue.js';

const JSONISH = [';', ':', ',', '{', '}', '[', ']', '"', '\\', 'x', '0', '1', '.', '-', 'e', 'E', '+', ' ', '\t', '\n', '\u0001', 'é', 'u', 'n', 't', 'f'];

/** JSON text with up to three one-character edits (insert, replace or delete). */
const nearJson = fc
  .tuple(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JSONISH), fc.constantFrom('insert', 'replace', 'delete')), { maxLength: 3 }),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [at, ch, op] of edits) {
      const k = at % (s.length + 1);
      s = op === 'insert' ? s.slice(0, k) + ch + s.slice(k) : op === 'replace' ? s.slice(0, k) + ch + s.slice(k + 1) : s.slice(0, k) + s.slice(k + 1);
    }
    return s;
  });

const parses = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

/** What skipJsonValue says of a whole text: one value, then only whitespace. */
const accepts = (s: string): boolean => {
  const b = Buffer.from(s, 'utf8');
  const end = skipJsonValue(b, 0, b.length);
  return end >= 0 && skipWhitespace(b, end, b.length) === b.length;
};

describe('skipJsonValue', () => {
  it('accepts exactly the texts JSON.parse accepts (property)', () => {
    fc.assert(
      fc.property(fc.oneof(nearJson, fc.string({ unit: 'binary', maxLength: 12 })), (s) => {
        expect(accepts(s)).toBe(parses(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the grammar corners', () => {
    for (const s of ['{}', '[]', ' [ ] ', '{"a":[1,{"b":null}]}', '-0', '0e+1', '1E-2', '"\\u00e9\\/"', '"é"', 'true', '[false,null]']) expect(accepts(s), s).toBe(true);
    for (const s of ['', '01', '1.', '.5', '+1', '-', '1e', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"\\x"', '"\\u12"', '"a\tb"', 'tru', 'nulll', '{"a":1]', '[1}', 'NaN', "'a'"]) expect(accepts(s), s).toBe(false);
  });

  it('gives up past 256 levels of nesting, leaving the decision to JSON.parse', () => {
    expect(accepts(`${'['.repeat(256)}1${']'.repeat(256)}`)).toBe(true);
    expect(accepts(`${'['.repeat(257)}1${']'.repeat(257)}`)).toBe(false);
  });

  it('returns the index after the value', () => {
    expect(skipJsonValue(Buffer.from(' [1, {"a": null}] ,'), 0, 19)).toBe(17);
    expect(skipJsonString(Buffer.from('"a\\n"x'), 0, 6)).toBe(5);
    expect(skipJsonNumber(Buffer.from('-1.5e3,'), 0, 7)).toBe(6);
    expect(skipJsonNumber(Buffer.from('01'), 0, 2)).toBe(1);
  });
});
