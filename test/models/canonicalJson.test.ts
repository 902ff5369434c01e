import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/models/canonicalJson.js';
import { RowHasher } from '../../src/data/rowHasher.js';

/** Rebuilds an object with its keys in reverse order, recursively. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (typeof v !== 'object' || v === null) return v;
  const entries = Object.keys(v).reverse().map((k) => [k, reversed((v as Record<string, unknown>)[k])]);
  return Object.fromEntries(entries); // own "__proto__" keys stay own properties
}

/** An independent canonical serializer: explicit recursion with per-object sorting. */
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${reference((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, including objects inside arrays', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(canonicalJson({ z: { y: { x: 1, w: 2 } }, '10': 0, '9': 1 })).toBe(
      '{"10":0,"9":1,"z":{"y":{"w":2,"x":1}}}',
    );
  });

  it('does not pick up an inherited __proto__ in nested objects', () => {
    const row = JSON.parse('{"__proto__":{"x":1},"b":{"c":2}}') as unknown;
    expect(canonicalJson(row)).toBe('{"__proto__":{"x":1},"b":{"c":2}}');
    expect(new RowHasher().canonical(row)).toBe('{"__proto__":{"x":1},"b":{"c":2}}');
  });

  it('renders scalars and empty containers', () => {
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('matches an independent serializer and ignores key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const parsed = JSON.parse(JSON.stringify(v)) as unknown; // drop -0 and the like
        expect(canonicalJson(parsed)).toBe(reference(parsed));
        expect(canonicalJson(reversed(parsed))).toBe(canonicalJson(parsed));
      }),
    );
  });
});

describe('RowHasher', () => {
  it('gives the first 12 hex chars of sha1 of the canonical JSON (values from Python hashlib)', () => {
    const h = new RowHasher();
    expect(h.hash({ b: 1, a: 2 })).toBe('1c072775cb3d');
    expect(h.hash({ text: 'hi', label: 'ham' })).toBe('f3d9b2e6b00a');
    expect(h.hash({ label: 'spam', text: 'win' })).toBe('442f42299234');
  });

  it('gives the same ids with its cache of recent rows on, full, or dropped', () => {
    const h = new RowHasher();
    const sha = (r: unknown) => createHash('sha1').update(canonicalJson(r)).digest('hex').slice(0, 12);
    const few = (i: number) => ({ label: `c${i % 5}`, score: (i % 7) / 10 });
    for (let i = 0; i < 2000; i++) expect(h.hash(few(i))).toBe(sha(few(i))); // mostly cache hits
    for (let i = 0; i < 50_000; i++) {
      const row = { id: i, b: i % 3 };
      const got = h.hash(row); // distinct rows: the cache fills, clears, then is dropped
      if (i % 997 === 0) expect(got).toBe(sha(row));
    }
    for (let i = 0; i < 50; i++) expect(h.hash(few(i))).toBe(sha(few(i)));
  });

  it('agrees with canonicalJson whatever the cached key layout (property)', () => {
    const h = new RowHasher();
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c', '1', 'z'), fc.jsonValue()), { minLength: 1 }), (rows) => {
        for (const r of rows) {
          const text = canonicalJson(r);
          expect(h.canonical(r)).toBe(text);
          expect(h.hash(r)).toBe(createHash('sha1').update(text).digest('hex').slice(0, 12));
        }
      }),
    );
  });
});
