import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../../src/cv/randomState.js';
import type { Example } from '../../../src/data/example.js';
import { findNearDuplicates } from '../../../src/data/quality/findNearDuplicates.js';

const ex = (id: string, line: number, input: unknown): Example => ({ id, line, input });

/** Reference shingle set: windows of `size` code points (or words), the whole text when shorter. */
function shingles(text: string, size = 5, word = false): Set<string> {
  const units = word ? text.split(' ').filter((w) => w !== '') : Array.from(text);
  const sep = word ? ' ' : '';
  const out = new Set<string>();
  if (units.length === 0) return out;
  if (units.length < size) out.add(units.join(sep));
  for (let i = 0; i + size <= units.length; i++) out.add(units.slice(i, i + size).join(sep));
  return out;
}
function referenceJaccard(a: string, b: string, size = 5, word = false): number {
  const A = shingles(a, size, word);
  const B = shingles(b, size, word);
  const inter = [...A].filter((x) => B.has(x)).length;
  return inter / (A.size + B.size - inter);
}

function randomText(rs: RandomState, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(97 + rs.randint(0, 26));
  return s;
}
function changeOne(rs: RandomState, text: string): string {
  const k = rs.randint(0, text.length);
  const c = String.fromCharCode(97 + ((text.charCodeAt(k) - 97 + rs.randint(1, 26)) % 26));
  return text.slice(0, k) + c + text.slice(k + 1);
}

describe('findNearDuplicates', () => {
  it('finds a pair above the threshold with its exact Jaccard', () => {
    const a = 'the quick brown fox jumps';
    const b = 'the quick brown fox jumped';
    // 21 and 22 character 5-grams, 20 shared: 20 / 23.
    const r = findNearDuplicates([ex('a', 1, a), ex('x', 2, 'completely different text'), ex('b', 3, b)]);
    expect(r.findings).toEqual([{ ids: ['a', 'b'], lines: [1, 3], texts: 2, pairs: [{ ids: ['a', 'b'], lines: [1, 3], jaccard: 20 / 23 }] }]);
    expect(r.figures).toEqual({ total: 3, count: 1, rate: 1 / 3, clusters: 1 });
    expect(r.complete).toBe(true);
    expect(r.params).toEqual({ shingle: 'char', shingleSize: 5, threshold: 0.8, numHashes: 64, bands: 16, rows: 4, seed: 0, maxComparisons: 5_000_000 });
  });

  it('keeps the threshold inclusive', () => {
    const data = [ex('a', 1, 'the quick brown fox jumps'), ex('b', 2, 'the quick brown fox jumped')];
    expect(findNearDuplicates(data, { threshold: 20 / 23 }).count).toBe(1);
    expect(findNearDuplicates(data, { threshold: 20 / 23 + 1e-12 }).count).toBe(0);
  });

  it('merges exact duplicates first and counts only the extra distinct texts', () => {
    const a = 'the quick brown fox jumps';
    const data = [ex('a1', 1, a), ex('a2', 2, a.toUpperCase()), ex('b', 3, 'the quick brown fox jumped'), ex('c', 4, 'zzz')];
    const r = findNearDuplicates(data);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ids: ['a1', 'a2', 'b'], lines: [1, 2, 3], texts: 2 });
    expect(r.findings[0].pairs).toEqual([{ ids: ['a1', 'b'], lines: [1, 3], jaccard: 20 / 23 }]);
    expect(r.count).toBe(1);
  });

  it('links chains by single linkage and reports the linking pairs', () => {
    const rs = new RandomState(11);
    const a = randomText(rs, 100);
    const b = a.slice(0, 30) + (a[30] === 'q' ? 'r' : 'q') + a.slice(31);
    const c = b.slice(0, 70) + (b[70] === 'q' ? 'r' : 'q') + b.slice(71);
    const ab = referenceJaccard(a, b);
    const bc = referenceJaccard(b, c);
    const ac = referenceJaccard(a, c);
    expect(ab).toBeGreaterThan(0.85);
    expect(bc).toBeGreaterThan(0.85);
    expect(ac).toBeLessThan(0.85);
    const r = findNearDuplicates([ex('c', 3, c), ex('a', 1, a), ex('b', 2, b)], { threshold: 0.85 });
    expect(r.findings).toEqual([
      {
        ids: ['a', 'b', 'c'],
        lines: [1, 2, 3],
        texts: 3,
        pairs: [
          { ids: ['a', 'b'], lines: [1, 2], jaccard: ab },
          { ids: ['b', 'c'], lines: [2, 3], jaccard: bc },
        ],
      },
    ]);
    expect(r.count).toBe(2);
  });

  it('supports word shingles', () => {
    const data = [ex('a', 1, 'a b c d e f g h'), ex('b', 2, 'a b c d e f g x')];
    // Six 3-word shingles each, five shared: 5 / 7.
    const r = findNearDuplicates(data, { shingle: 'word', threshold: 0.7 });
    expect(r.findings[0].pairs[0].jaccard).toBe(5 / 7);
    expect(findNearDuplicates(data, { shingle: 'word' }).count).toBe(0);
    expect(findNearDuplicates(data, { shingle: 'word', shingleSize: 2, threshold: 0.75 }).findings[0].pairs[0].jaccard).toBe(6 / 8);
  });

  it('treats short texts as one shingle and skips empty ones', () => {
    const data = [ex('a', 1, 'abc'), ex('b', 2, 'abd'), ex('c', 3, ''), ex('d', 4, '   '), ex('e', 5, undefined)];
    const r = findNearDuplicates(data, { threshold: 0.1 });
    expect(r.count).toBe(0);
    expect(r.total).toBe(4);
  });

  it('reads non-string inputs as canonical JSON', () => {
    const data = [
      ex('a', 1, { question: 'what is the capital of france', context: 'europe' }),
      ex('b', 2, { context: 'europe', question: 'what is the capital of france?' }),
    ];
    expect(findNearDuplicates(data).findings.map((f) => f.ids)).toEqual([['a', 'b']]);
  });

  it('stops at maxComparisons with a warning', () => {
    const data = [ex('a', 1, 'the quick brown fox jumps'), ex('b', 2, 'the quick brown fox jumped')];
    const r = findNearDuplicates(data, { maxComparisons: 0 });
    expect(r.complete).toBe(false);
    expect(r.count).toBe(0);
    expect(r.warnings.map((w) => w.code)).toEqual(['near-duplicates-incomplete']);
  });

  it('rejects invalid options', () => {
    expect(() => findNearDuplicates([], { threshold: 0 })).toThrow('threshold must be a number in (0, 1] (got 0)');
    expect(() => findNearDuplicates([], { threshold: 1.5 })).toThrow('threshold must be a number in (0, 1] (got 1.5)');
    expect(() => findNearDuplicates([], { numHashes: 0 })).toThrow('numHashes must be an integer between 1 and 4096 (got 0)');
    expect(() => findNearDuplicates([], { bands: 65 })).toThrow('bands must be an integer between 1 and numHashes=64 (got 65)');
    expect(() => findNearDuplicates([], { seed: -1 })).toThrow('seed must be an integer between 0 and 2**32 - 1 (got -1)');
    expect(() => findNearDuplicates([], { shingle: 'line' as 'char' })).toThrow(`shingle must be 'char' or 'word' (got "line")`);
    expect(() => findNearDuplicates([], { shingleSize: 1.5 })).toThrow('shingleSize must be an integer between 1 and 1024 (got 1.5)');
  });

  it('finds nothing among distinct random texts at threshold 0.8 (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 2, max: 300 }), (seed, n) => {
        const rs = new RandomState(seed);
        const data = Array.from({ length: n }, (_, i) => ex(`r${i}`, i + 1, randomText(rs, 150 + rs.randint(0, 100))));
        const r = findNearDuplicates(data, { seed });
        expect(r.count).toBe(0);
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('finds every injected one-character change and reports exact Jaccards (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 30 }), (seed, n, copies) => {
        const rs = new RandomState(seed);
        const texts = Array.from({ length: n }, () => randomText(rs, 60 + rs.randint(0, 200)));
        const injected: [number, number][] = [];
        for (let c = 0; c < copies; c++) {
          const source = rs.randint(0, texts.length);
          injected.push([source, texts.length]);
          texts.push(changeOne(rs, texts[source]));
        }
        const order = rs.permutation(texts.length);
        const data = Array.from(order, (i) => ex(`r${i}`, i + 1, texts[i]));
        const r = findNearDuplicates(data, { seed, maxFindings: Infinity });
        const clusterOf = new Map<string, number>();
        r.findings.forEach((f, k) => f.ids.forEach((id) => clusterOf.set(id, k)));
        for (const [s, c] of injected) {
          if (texts[s] === texts[c]) continue;
          expect(clusterOf.get(`r${s}`)).toBeDefined();
          expect(clusterOf.get(`r${c}`)).toBe(clusterOf.get(`r${s}`));
        }
        for (const f of r.findings) {
          for (const p of f.pairs) {
            const [x, y] = p.ids.map((id) => texts[Number(id.slice(1))]);
            expect(p.jaccard).toBe(referenceJaccard(x, y));
            expect(p.jaccard).toBeGreaterThanOrEqual(0.8);
          }
          expect(f.pairs).toHaveLength(f.texts - 1);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('gives the same result whatever the row order and for a repeated call (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), (seed) => {
        const rs = new RandomState(seed);
        const base = Array.from({ length: 30 }, () => randomText(rs, 80));
        const texts = [...base, ...base.slice(0, 10).map((t) => changeOne(rs, t)), ...base.slice(0, 5)];
        const data = texts.map((t, i) => ex(`r${i}`, i + 1, t));
        const shuffled = Array.from(rs.permutation(data.length), (i) => data[i]);
        const a = findNearDuplicates(data, { seed: 3 });
        expect(findNearDuplicates(shuffled, { seed: 3 })).toEqual(a);
        expect(findNearDuplicates(data, { seed: 3 })).toEqual(a);
      }),
      { numRuns: 20 },
    );
  });
});
