import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../../src/cv/randomState.js';
import type { Example } from '../../../src/data/example.js';
import { findLeakage } from '../../../src/data/quality/findLeakage.js';

const ex = (id: string, line: number, input: unknown): Example => ({ id, line, input });
function randomText(rs: RandomState, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(97 + rs.randint(0, 26));
  return s;
}

describe('findLeakage', () => {
  it('finds exact and near copies of train inputs in the test set', () => {
    const train = [ex('t1', 1, 'The quick brown fox jumps'), ex('t2', 2, 'hello world'), ex('t3', 3, 'HELLO world')];
    const test = [
      ex('x1', 1, 'unrelated test input'),
      ex('x2', 2, 'Hello  World'),
      ex('x3', 3, 'the quick brown fox jumped'),
      ex('x4', 4, 'hello world'),
      ex('x5', 5, undefined),
    ];
    const r = findLeakage(train, test);
    expect(r.name).toBe('leakage');
    expect(r.findings).toEqual([
      { ids: ['x2', 'x4'], lines: [2, 4], kind: 'exact', jaccard: 1, train: { ids: ['t2', 't3'], lines: [2, 3] } },
      { ids: ['x3'], lines: [3], kind: 'near', jaccard: 20 / 23, train: { ids: ['t1'], lines: [1] } },
    ]);
    expect(r.figures).toEqual({ total: 4, count: 3, rate: 0.75, exact: 2, near: 1 });
    expect(r.complete).toBe(true);
  });

  it('can check exact copies only', () => {
    const r = findLeakage([ex('t', 1, 'the quick brown fox jumps')], [ex('x', 1, 'the quick brown fox jumped')], { near: false });
    expect(r.count).toBe(0);
    expect(r.comparisons).toBe(0);
  });

  it('uses the normalization options', () => {
    const train = [ex('t', 1, 'Hello, world!')];
    const test = [ex('x', 1, 'hello world')];
    expect(findLeakage(train, test, { near: false }).count).toBe(0);
    expect(findLeakage(train, test, { near: false, normalize: { stripPunctuation: true } }).count).toBe(1);
  });

  it('handles empty sets', () => {
    expect(findLeakage([], [ex('x', 1, 'a')])).toMatchObject({ total: 1, count: 0, rate: 0 });
    expect(findLeakage([ex('t', 1, 'a')], [])).toMatchObject({ total: 0, count: 0, rate: 0 });
  });

  it('finds every planted copy and nothing else (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 100 }), (seed, nTrain, nTest) => {
        const rs = new RandomState(seed);
        const train = Array.from({ length: nTrain }, (_, i) => ex(`t${i}`, i + 1, randomText(rs, 80 + rs.randint(0, 120))));
        const planted = new Map<string, 'exact' | 'near'>();
        const test = Array.from({ length: nTest }, (_, i) => {
          const roll = rs.randint(0, 3);
          if (roll === 2) return ex(`x${i}`, i + 1, randomText(rs, 100));
          const source = train[rs.randint(0, nTrain)].input as string;
          if (roll === 0) {
            planted.set(`x${i}`, 'exact');
            return ex(`x${i}`, i + 1, source.toUpperCase());
          }
          const k = rs.randint(0, source.length);
          planted.set(`x${i}`, 'near');
          return ex(`x${i}`, i + 1, `${source.slice(0, k)}${source[k] === 'z' ? 'y' : 'z'}${source.slice(k + 1)}`);
        });
        const r = findLeakage(train, test, { seed, maxFindings: Infinity });
        const found = new Map<string, string>();
        for (const f of r.findings) for (const id of f.ids) found.set(id, f.kind);
        expect(found).toEqual(planted);
        expect(r.count).toBe(planted.size);
        expect(r.rate).toBe(planted.size / nTest);
      }),
      { numRuns: 30 },
    );
  });
});
