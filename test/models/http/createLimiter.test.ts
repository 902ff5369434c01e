import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../src/models/http/createLimiter.js';

describe('createLimiter', () => {
  it('never runs more than the limit, runs everything, in FIFO order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.array(fc.nat(3), { maxLength: 40 }), async (limit, delays) => {
        const lim = createLimiter(limit);
        let running = 0;
        let peak = 0;
        const started: number[] = [];
        const results = await Promise.all(
          delays.map((d, i) =>
            lim.run(async () => {
              started.push(i);
              peak = Math.max(peak, ++running);
              for (let k = 0; k < d; k++) await Promise.resolve();
              running--;
              return i;
            }),
          ),
        );
        expect(results).toEqual(delays.map((_, i) => i));
        expect(peak).toBeLessThanOrEqual(limit);
        expect(started).toEqual(delays.map((_, i) => i));
        expect(lim.active).toBe(0);
        expect(lim.waiting).toBe(0);
      }),
    );
  });

  it('releases the slot when a task throws', async () => {
    const lim = createLimiter(1);
    await expect(lim.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(lim.run(async () => 7)).resolves.toBe(7);
  });

  it('rejects a bad limit', () => {
    expect(() => createLimiter(0)).toThrow('concurrency must be an integer >= 1 (got 0)');
    expect(() => createLimiter(1.5)).toThrow('got 1.5');
  });
});
