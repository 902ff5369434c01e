import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentIdSet } from '../../src/data/contentIdSet.js';
import { IdRegistry } from '../../src/data/idRegistry.js';
import { IdSet } from '../../src/data/idSet.js';
import { RowError } from '../../src/data/rowError.js';

function errorOf(f: () => unknown): RowError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RowError);
    return e as RowError;
  }
  throw new Error('expected a RowError');
}

describe('IdSet', () => {
  it('adds once and remembers the first line, before and after switching to a Map', () => {
    const s = new IdSet();
    expect(s.add('a', 3)).toBe(true);
    expect(s.add('b', 4)).toBe(true);
    expect(s.add('a', 9)).toBe(false);
    expect(s.lineOf('a')).toBe(3);
    expect(s.add('c', 10)).toBe(true);
    expect(s.add('b', 11)).toBe(false);
    expect(s.lineOf('b')).toBe(4);
    expect(s.lineOf('c')).toBe(10);
    expect(s.lineOf('zz')).toBe(0);
    expect(s.size).toBe(3);
    expect(s.has('c')).toBe(true);
  });
});

describe('IdSet against a Map (property)', () => {
  it('agrees on membership and first lines for any sequence of ids', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.constantFrom('', 'a', 'ab')), { maxLength: 3000 }), (ids) => {
        const s = new IdSet();
        const m = new Map<string, number>();
        ids.forEach((id, i) => {
          const fresh = !m.has(id);
          if (fresh) m.set(id, i + 1);
          expect(s.add(id, i + 1)).toBe(fresh);
        });
        expect(s.size).toBe(m.size);
        for (const [id, line] of m) expect(s.lineOf(id)).toBe(line);
        expect(s.has('\u0000never')).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('holds many ids across table and arena growth', () => {
    const s = new IdSet();
    for (let i = 0; i < 100_000; i++) expect(s.add(`id-${i}`, i + 1)).toBe(true);
    for (let i = 0; i < 100_000; i += 997) expect(s.lineOf(`id-${i}`)).toBe(i + 1);
    expect(s.add('id-99999', 1)).toBe(false);
    expect(s.size).toBe(100_000);
  });
});

describe('ContentIdSet', () => {
  it('holds 12-hex ids exactly, across growth, and nothing else', () => {
    const s = new ContentIdSet();
    const ids = Array.from({ length: 30_000 }, (_, i) => (i * 2654435761 % 2 ** 48).toString(16).padStart(12, '0'));
    for (const id of ids) expect(s.add(id)).toBe(true);
    expect(s.size).toBe(30_000);
    for (let i = 0; i < ids.length; i += 101) {
      expect(s.add(ids[i])).toBe(false);
      expect(s.has(ids[i])).toBe(true);
    }
    expect(s.has('ffffffffffff')).toBe(ids.includes('ffffffffffff'));
    expect(s.has(`${ids[0]}-2`)).toBe(false);
    expect(s.has('xyz')).toBe(false);
    // Same low bits, different high bits: both held.
    expect(s.add('000001000000')).toBe(!ids.includes('000001000000'));
    expect(s.add('000002000000')).toBe(!ids.includes('000002000000'));
    expect(s.has('000003000000')).toBe(ids.includes('000003000000'));
  });
});

describe('IdRegistry', () => {
  it('rejects a repeated explicit id, naming both lines', () => {
    const r = new IdRegistry();
    expect(r.explicit('a', 'id', 3)).toBe('a');
    expect(r.explicit('b', 'id', 4)).toBe('b');
    const e = errorOf(() => r.explicit('a', 'key', 9));
    expect(e.path).toEqual(['key']);
    expect(e.message).toBe('duplicate id "a" (first on line 3)');
    expect(errorOf(() => r.explicit('b', 'key', 12)).message).toBe('duplicate id "b" (first on line 4)');
  });

  it('suffixes repeated content ids', () => {
    const r = new IdRegistry();
    const h = '0123456789ab';
    expect(r.content(h)).toBe(h);
    expect(r.content('ffffffffffff')).toBe('ffffffffffff');
    expect(r.content(h)).toBe(`${h}-2`);
    expect(r.content(h)).toBe(`${h}-3`);
  });

  it('keeps explicit and content ids apart', () => {
    const r = new IdRegistry();
    const h = '0123456789ab';
    r.explicit(h, 'id', 1);
    r.explicit(`${h}-2`, 'id', 2);
    expect(r.content(h)).toBe(`${h}-3`);
    expect(r.content(h)).toBe(`${h}-4`);
    expect(errorOf(() => r.explicit(`${h}-4`, 'id', 5)).message).toBe(
      `duplicate id "${h}-4" (already the content id of an earlier row without an id)`,
    );
    const other = 'aaaaaaaaaaaa';
    expect(r.content(other)).toBe(other);
    expect(errorOf(() => r.explicit(other, 'id', 7)).message).toMatch(/already the content id/);
    expect(r.explicit(`${other}-2`, 'id', 8)).toBe(`${other}-2`);
  });
});
