import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';

// Fixtures: numpy 2.4.6 legacy np.random.RandomState (scripts/fixtures/random_state.py).
const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));
const rs = fx.randomState;

describe('RandomState — numpy parity', () => {
  it('records the reference version', () => {
    expect(fx.reference).toMatch(/^numpy 2\.4\.6/);
  });

  it.each(rs.uint32 as { seed: number; values: number[] }[])('first 1000 uint32 for seed $seed', (c) => {
    const r = new RandomState(c.seed);
    const got = Array.from({ length: c.values.length }, () => r.nextUint32());
    expect(got).toEqual(c.values);
  });

  it('seeds the key like numpy (init_genrand), position 624', () => {
    for (const c of rs.stateAfterSeed) {
      const st = new RandomState(c.seed).getState();
      expect(Array.from(st.key.subarray(0, 8))).toEqual(c.keyHead);
      expect(Array.from(st.key.subarray(620))).toEqual(c.keyTail);
      expect(st.pos).toBe(c.pos);
    }
  });

  it('randomSample matches random_sample bit for bit', () => {
    for (const c of rs.randomSample) {
      const r = new RandomState(c.seed);
      expect(c.values.map(() => r.randomSample())).toEqual(c.values);
    }
  });

  it('randint matches legacy randint for 13 ranges up to 2^32', () => {
    for (const c of rs.randint) {
      const r = new RandomState(c.seed);
      const got = c.values.map(() => r.randint(c.low, c.high));
      expect(got, `seed ${c.seed} [${c.low}, ${c.high})`).toEqual(c.values);
    }
  });

  it('permutation(n) matches for n in {0, 1, 2, 5, 10, 37, 1000}', () => {
    for (const c of rs.permutation) {
      expect(Array.from(new RandomState(c.seed).permutation(c.n)), `seed ${c.seed} n ${c.n}`).toEqual(c.values);
    }
  });

  it('shuffles a list of strings and a Float64Array like numpy', () => {
    const list = [...rs.shuffleList.input];
    expect(new RandomState(rs.shuffleList.seed).shuffle(list)).toBe(list);
    expect(list).toEqual(rs.shuffleList.values);
    const arr = Float64Array.from(rs.shuffleFloat.input);
    new RandomState(rs.shuffleFloat.seed).shuffle(arr);
    expect(Array.from(arr)).toEqual(rs.shuffleFloat.values);
  });

  it('a sequence of mixed calls on one generator', () => {
    const r = new RandomState(rs.mixed.seed);
    for (const call of rs.mixed.calls) {
      switch (call.op) {
        case 'randomSample': expect(r.randomSample()).toBe(call.value); break;
        case 'randint': expect(r.randint(call.low, call.high)).toBe(call.value); break;
        case 'permutation': expect(Array.from(r.permutation(call.n))).toEqual(call.value); break;
        case 'uint32': expect(r.nextUint32()).toBe(call.value); break;
        case 'shuffle': {
          const a = Array.from({ length: call.n }, (_, i) => i);
          expect(r.shuffle(a)).toEqual(call.value);
          break;
        }
        default: throw new Error(`unknown op ${call.op}`);
      }
    }
  });

  it('getState after 1500 draws equals numpy get_state; setState resumes the stream', () => {
    const c = rs.stateAfterDraws;
    const r = new RandomState(c.seed);
    for (let i = 0; i < c.draws; i++) r.nextUint32();
    const st = r.getState();
    expect(Array.from(st.key)).toEqual(c.key);
    expect(st.pos).toBe(c.pos);
    const other = new RandomState(0);
    other.setState({ key: Uint32Array.from(c.key), pos: c.pos });
    expect(Array.from({ length: 10 }, () => other.nextUint32())).toEqual(c.next);
  });
});

describe('RandomState — properties', () => {
  it('identical seeds give identical streams; getState is a copy', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
      const a = new RandomState(seed);
      const b = new RandomState(seed);
      const st = a.getState();
      for (let i = 0; i < 700; i++) expect(a.nextUint32()).toBe(b.nextUint32());
      expect(st.pos).toBe(624);
      b.setState(st);
      const c = new RandomState(seed);
      expect(b.nextUint32()).toBe(c.nextUint32());
    }), { numRuns: 30 });
  });

  it('randomInterval stays in [0, max], randomSample in [0, 1)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }), (seed, max) => {
      const r = new RandomState(seed);
      for (let i = 0; i < 50; i++) {
        const v = r.randomInterval(max);
        expect(Number.isInteger(v) && v >= 0 && v <= max).toBe(true);
        const u = r.randomSample();
        expect(u >= 0 && u < 1).toBe(true);
      }
    }), { numRuns: 100 });
  });

  it('permutation is a permutation of 0..n-1 and shuffle permutes the same way', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 300 }), (seed, n) => {
      const p = new RandomState(seed).permutation(n);
      expect(Array.from(p).sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
      const letters = Array.from({ length: n }, (_, i) => `v${i}`);
      new RandomState(seed).shuffle(letters);
      expect(letters).toEqual(Array.from(p, (i) => `v${i}`));
    }), { numRuns: 100 });
  });

  it('randint(0, 2) is roughly fair and randint covers every value of a small range', () => {
    const r = new RandomState(3);
    let ones = 0;
    const seen = new Set<number>();
    for (let i = 0; i < 20000; i++) {
      ones += r.randint(0, 2);
      seen.add(r.randint(-3, 4));
    }
    // Binomial(20000, 1/2): sd ≈ 70.7; 5 sd
    expect(Math.abs(ones - 10000)).toBeLessThan(354);
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });
});

describe('RandomState — edge cases and errors', () => {
  it('a range of one value draws nothing', () => {
    const a = new RandomState(9);
    const b = new RandomState(9);
    expect(a.randint(5, 6)).toBe(5);
    expect(a.randomInterval(0)).toBe(0);
    expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('rejects invalid seeds, ranges and states', () => {
    expect(() => new RandomState(-1)).toThrow('Seed must be an integer between 0 and 2**32 - 1 (got -1)');
    expect(() => new RandomState(2 ** 32)).toThrow(/Seed must be/);
    expect(() => new RandomState(1.5)).toThrow(/Seed must be/);
    expect(() => new RandomState(NaN)).toThrow(/Seed must be/);
    const r = new RandomState(0);
    expect(() => r.randint(3, 3)).toThrow('low >= high');
    expect(() => r.randint(0, 2 ** 32 + 1)).toThrow('high - low must be at most 2**32 (got 4294967297)');
    expect(() => r.randint(0.5, 3)).toThrow(/safe integers/);
    expect(() => r.randomInterval(-1)).toThrow(/max must be an integer/);
    expect(() => r.randomInterval(2 ** 32)).toThrow(/max must be an integer/);
    expect(() => r.permutation(-2)).toThrow(/n must be an integer/);
    expect(() => r.setState({ key: new Uint32Array(10), pos: 0 })).toThrow('state key must have 624 elements (got 10)');
    expect(() => r.setState({ key: new Uint32Array(624), pos: 625 })).toThrow(/state pos/);
  });
});
