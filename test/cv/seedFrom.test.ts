import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFrom } from '../../src/cv/seedFrom.js';

// Fixture values come from an independent Python implementation of the documented derivation.
const fx = JSON.parse(readFileSync(new URL('../fixtures/random_state.json', import.meta.url), 'utf8'));

describe('seedFrom', () => {
  it('matches the independent Python implementation of the documented hash', () => {
    for (const c of fx.seedFrom) {
      const [seed, ...parts] = c.args as [number, ...(string | number)[]];
      expect(seedFrom(seed, ...parts), JSON.stringify(c.args)).toBe(c.value);
    }
  });

  it('separates ambiguous paths: ("ab","c") vs ("a","bc"), 1 vs "1", order matters', () => {
    expect(seedFrom(42, 'ab', 'c')).not.toBe(seedFrom(42, 'a', 'bc'));
    expect(seedFrom(42, 1)).not.toBe(seedFrom(42, '1'));
    expect(seedFrom(7, 'fold', 1)).not.toBe(seedFrom(7, 1, 'fold'));
    expect(seedFrom(7)).not.toBe(seedFrom(7, ''));
  });

  it('is deterministic and returns an unsigned 32-bit integer', () => {
    fc.assert(fc.property(fc.integer(), fc.array(fc.oneof(fc.string(), fc.integer())), (seed, parts) => {
      const a = seedFrom(seed, ...parts);
      expect(a).toBe(seedFrom(seed, ...parts));
      expect(Number.isInteger(a) && a >= 0 && a <= 0xffffffff).toBe(true);
    }));
  });

  it('gives distinct seeds to 10,000 (fold, resample) streams', () => {
    const seen = new Set<number>();
    for (let f = 0; f < 10; f++) for (let b = 0; b < 1000; b++) seen.add(seedFrom(7, 'fold', f, 'bootstrap', b));
    // 10^4 draws from 2^32: expected collisions ≈ 0.012
    expect(seen.size).toBeGreaterThanOrEqual(9999);
  });

  it('rejects non-finite seeds and parts', () => {
    expect(() => seedFrom(NaN)).toThrow('seed must be a finite number (got NaN)');
    expect(() => seedFrom(1, Infinity)).toThrow(/stream parts must be finite/);
    expect(() => seedFrom(1, {} as unknown as string)).toThrow('stream parts must be numbers or strings (got object)');
  });
});
